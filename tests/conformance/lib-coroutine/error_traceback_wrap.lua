-- §6.2 errors thrown by wrap keep the coroutine's position
local w = coroutine.wrap(function()
  local x = 1
  error("at line 4")
end)
local ok, e = pcall(w)
print(ok, e)
local w2 = coroutine.wrap(function() return 1 + {} end)
print(pcall(w2))
local w3 = coroutine.wrap(function() return #nil end)
print(pcall(w3))
