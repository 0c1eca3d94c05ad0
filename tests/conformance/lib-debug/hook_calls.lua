-- §6.10 debug.sethook with "c" and "r": call, tail call and return events for Lua and host functions, the
-- hook named "hook" (§4.7 lua_getinfo), and ftransfer/ntransfer in the 'r' option of getinfo.
local function f (x) end
function g(x) return f(x) end
function g1(x) g(x) end
local function h (x) local f = g1; return f(x) end

local events = {}
debug.sethook(function (e) events[#events + 1] = e end, "cr")
h(false)
debug.sethook()
print(table.concat(events, ", "))

-- inside the hook: level 1 is the hook ("hook '?'"), level 2 the hooked function
debug.sethook(function (e)
  local me = debug.getinfo(1, "n")
  local hooked = debug.getinfo(2, "nt")
  print(e, me.namewhat, me.name, hooked.name, hooked.istailcall)
  print((string.match(debug.traceback(), "\n(.-)\n")))
end, "c")
g(1)
debug.sethook()

-- transferred values: the arguments on call, the results on return
local on, inp, out = false
debug.sethook(function (event)
  if not on then return end
  local ar = debug.getinfo(2, "r")
  local t = {}
  for i = ar.ftransfer, ar.ftransfer + ar.ntransfer - 1 do
    local name, v = debug.getlocal(2, i)
    t[#t + 1] = tostring(name) .. "=" .. tostring(v)
  end
  if event == "return" then out = table.concat(t, " ") else inp = table.concat(t, " ") end
end, "cr")
on = true; select(2, 10, 20, 30); on = false
print(inp, "|", out)
local function foo (a, ...) return ... end
local function foo1 () on = not on; return foo(20, 10, 0) end
foo1(); on = false
print(inp, "|", out)
local function three (a, b) local c = a + b; return c, a, b end
on = true; three(1, 2); on = false
print(inp, "|", out)
debug.sethook()
print(debug.getinfo(1, "r").ftransfer, debug.getinfo(1, "r").ntransfer)

-- gethook: the function, the mask letters and the count
local function hk () end
debug.sethook(hk, "crl", 5)
local fn, mask, count = debug.gethook()
debug.sethook()
print(fn == hk, mask, count)
debug.sethook(hk, "", 0)
print(debug.gethook())
print(getmetatable(debug.getregistry()._HOOKKEY).__mode)
