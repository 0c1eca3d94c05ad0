-- Lua 5.5 manual §2.2, §3.3.7: global declarations
local function try(src)
  local f, err = load(src)
  if not f then print("compile:", err) return end
  print("run:", pcall(f))
end
try("global x; x = 1; y = 2")
try("global <const> *; x = 1")
try("do global x end; y = 1 return y")
try("global function print() end")
try("global print = 1")
try("local global = 3; return global")
try("global = 4; return global")
try("global x <close>")
try("global <close> *")
try("global x <foo>")
try("global none\nx = 1")
try("global x\nlocal function f() return y end")
try("global X <const>, _G\n X = 1")
try("global X <const>, _G\n _ENV.X = 1 return X")
try("global _ENV, a; a = 10")
try("global none\nlocal x = b\n")
try("global foo <const>;\nfunction foo (x)\nreturn\nend")
try("global<const> *; return print ~= nil")
try("global *; Y = X; global<const> *; Y = 1")
try("local x = 10 do global x; x = 20 end return x, _ENV.x")
try("global a, b = 1, 2, 3 return a, b")
try("global a, b = 1 return a, b")
try("local t = {} global a, b = t, t return a == b")
try("gx = 1 global gx, gy = 1, 2")
try("global function gf(n) if n == 0 then return 1 end return 2 * gf(n - 1) end return gf(4)")
try("local foo = 20 do global function foo(x) return x end end return foo")
do
  local code = {}
  for i = 1, 150 do code[#code + 1] = "global x" .. i .. "; local y" .. i .. " = " .. i end
  code[#code + 1] = "return x150, y150"
  try(table.concat(code, "\n"))
end
try("goto l; global x; ::l:: return 1")
