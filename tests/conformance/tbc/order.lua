-- §3.3.8 to-be-closed variables close in reverse order, with the error object
local function C(n) return setmetatable({}, {__close = function(_, e) print("close", n, e) end}) end
do
  local a <close> = C(1)
  local b <close> = C(2)
  local c <close> = nil
  local d <close> = false
end
print(pcall(function()
  local x <close> = C("x")
  local y <close> = C("y")
  error("err", 0)
end))
