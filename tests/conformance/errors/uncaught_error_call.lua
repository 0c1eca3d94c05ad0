-- §7 uncaught error() with a position
print("start")
local function fail() error("custom failure") end
fail()
