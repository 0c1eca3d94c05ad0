-- §6.2 running inside wrap is not the main thread
local main = coroutine.running()
local w = coroutine.wrap(function()
  local co, ismain = coroutine.running()
  return co ~= main, ismain, coroutine.status(co), coroutine.status(main)
end)
print(w())
