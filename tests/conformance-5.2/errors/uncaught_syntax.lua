print("never runs")
local x = = 2
