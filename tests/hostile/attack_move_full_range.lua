-- limits: instructions=10000000 timeout=1
-- expect: destination wrap around
-- within: 1.5
-- env: safe
local t = {1}
return table.move(t, 1, math.maxinteger, 2)
