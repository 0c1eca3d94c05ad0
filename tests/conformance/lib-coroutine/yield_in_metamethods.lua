-- §6.2 yields inside __index, __lt, __concat, __eq, __len, __call
local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
  __len = function(a) return coroutine.yield("len") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local co = coroutine.wrap(function()
  print("index ->", a.key)
  print("lt ->", a < b)
  print("concat ->", a .. "x")
  print("eq ->", a == b)
  print("len ->", #a)
  print("call ->", a(5))
  return "done"
end)
print(co())
print(co("V"))
print(co(false))
print(co("C"))
print(co(1))
print(co(7))
print(co("R"))
