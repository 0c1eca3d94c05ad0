-- §6.10 getlocal/setlocal beyond named locals (ldebug.c luaG_findlocal): "(temporary)" slots of Lua functions,
-- "(C temporary)" slots of host functions, "(vararg)" extra arguments; "(no name)" upvalues of stripped code;
-- activelines of vararg functions; upvalues of host closures.
print(debug.getlocal(0, 1))
print(debug.getlocal(0, 2))
print(debug.getlocal(0, 3))
print(debug.getlocal(0, 0))

function f()
  print(select(2, debug.getlocal(2, 3)))
  print(debug.getlocal(2, 4))
  debug.setlocal(2, 3, 10)
  return 20
end
function g(a, b) return (a + 1) + f() end
print(g(0, 0))

local function va (a, ...)
  print(debug.getlocal(1, -1), debug.getlocal(1, -2), debug.getlocal(1, -3))
  print(debug.setlocal(1, -1, "x"), ...)
end
va(1, 2, 3)

local prog = load(string.dump(load([[
  local a = 12
  local n, v = debug.getlocal(1, 1)
  print(n, v == debug)
  local f = function () return a end
  print(debug.getupvalue(f, 1))
  print(debug.setupvalue(f, 1, 13), a)
  print(debug.getinfo(1, "l").currentline, next(debug.getinfo(f, "L").activelines))
]]), true))
prog()

local function lines (f)
  local t = {}
  for l in pairs(debug.getinfo(f, "L").activelines) do t[#t + 1] = l end
  table.sort(t)
  return table.concat(t, " ")
end
print(lines(function (...)
  local a = 20
end))
print(lines(function (a, b, ...) end))
print(#debug.getinfo(load(string.dump(load("print(10)"), true)), "L").activelines)

print(debug.getupvalue(string.gmatch("x", "x"), 1))
print(debug.getinfo(string.gmatch("abc", "a"), "u").nups > 0)
print(debug.setuservalue(io.stdin, 10))
