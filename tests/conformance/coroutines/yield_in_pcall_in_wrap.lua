-- §2.6 yield inside nested pcalls and xpcall handlers
local co = coroutine.wrap(function()
  local r = {pcall(function()
    return pcall(function()
      return coroutine.yield("deep") .. "!"
    end)
  end)}
  return table.unpack(r)
end)
print(co())
print(co("back"))
local co2 = coroutine.wrap(function()
  return xpcall(function() error(coroutine.yield("y")) end, function(m) return "handled " .. tostring(m) end)
end)
print(co2())
print(co2("E"))
