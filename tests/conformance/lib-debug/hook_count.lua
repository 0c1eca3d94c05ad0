-- §6.10 count hooks (every n instructions) and hooks per coroutine (§4.7 lua_sethook takes a thread).
local a = 0
debug.sethook(function () a = a + 1 end, "", 1)
a = 0; for i = 1, 1000 do end
debug.sethook()
print(a > 1000 and a < 1012)
debug.sethook(function () a = a + 1 end, "", 4)
a = 0; for i = 1, 1000 do end
local _, m, c = debug.gethook()
debug.sethook()
print(a, m, c)
debug.sethook(function () a = a + 1 end, "", 4000)
a = 0; for i = 1, 1000 do end
debug.sethook()
print(a)

-- a count and a line hook together: after a count event the same line is reported again
local ev = {}
debug.sethook(function (e, l) ev[#ev + 1] = e .. (l and (":" .. l) or "") end, "l", 3)
local x = 1
local y = x + 1
debug.sethook()
print(table.concat(ev, " "))

-- hooks belong to one coroutine
local co = coroutine.create(function (x)
  local b = 1
  coroutine.yield(b)
  return x
end)
local lines = {}
debug.sethook(co, function (e, l) lines[#lines + 1] = e .. ":" .. tostring(l) end, "lcr")
print(debug.gethook())
print(coroutine.resume(co, 10))
print(coroutine.resume(co))
print(table.concat(lines, " "))
print(select(2, debug.gethook(co)))
