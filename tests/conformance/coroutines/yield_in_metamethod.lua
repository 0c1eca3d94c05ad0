-- §2.6 yields inside metamethods
local mt = {
  __add = function(a, b) return coroutine.yield("add") end,
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
}
local o = setmetatable({}, mt)
local o2 = setmetatable({}, mt)
local co = coroutine.wrap(function()
  local s = o + 1
  local i = o.key
  local l = o < o2
  local c = o .. "x"
  local e = o == o2
  return s, i, l, c, e
end)
print(co())
print(co(10))
print(co("v"))
print(co(false))
print(co("cc"))
print(co(1))
