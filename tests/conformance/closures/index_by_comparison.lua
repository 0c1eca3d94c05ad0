-- A comparison used as a key must become a value before the indexed upvalue (_ENV) is loaded into a register:
-- otherwise the load sits in the code the comparison's jump skips ("bug in 5.4.7", closure.lua).
_ENV[true] = 10
_ENV[false] = 20
local function aux () return _ENV[1 < 2], _ENV[2 < 1] end
print(aux())
local up = {[true] = "t", [false] = "f"}
local function viaup (a, b) return up[a == b], up[a ~= b], up[a <= b] end
print(viaup(1, 1))
print(viaup(1, 2))
_ENV[true] = nil
_ENV[false] = nil
