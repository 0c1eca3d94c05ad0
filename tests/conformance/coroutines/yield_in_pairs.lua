-- pairs calls __pairs with lua_callk: the metamethod may yield, and pairs still returns exactly three values.
local t = setmetatable({10, 20, 30}, {__pairs = function(t)
  local inc = coroutine.yield("in __pairs")
  return function(t, i)
    if i > 1 then return i - inc, t[i - inc] end
  end, t, #t + 1, "dropped"
end})

local co = coroutine.wrap(function()
  local res = {}
  for i, v in pairs(t) do res[#res + 1] = i .. "=" .. v end
  print(select("#", pairs(t)))
  return table.concat(res, " ")
end)
print(co())
print(co(1))
print(co(1))

-- without __pairs, pairs gives next, t, nil
local f, s, c = pairs({})
print(f == next, c)

-- called from a host function (not yieldable there)
local co2 = coroutine.wrap(function()
  return pcall(table.unpack, {pairs(t)})
end)
print(co2())
print(select("#", co2(2)))
