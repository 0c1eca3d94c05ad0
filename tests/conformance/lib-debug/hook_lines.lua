-- §6.10 debug.sethook with "l": a line event when a new line starts and on every backward jump (ldebug.c
-- luaG_traceexec); the hook gets the line, and getinfo(2) inside it sees the hooked function.
local function trace(src)
  local f = assert(load(src, "=chunk"))
  local lines = {}
  debug.sethook(function (e, l)
    lines[#lines + 1] = e .. " " .. tostring(l) .. "/" .. tostring(debug.getinfo(2, "l").currentline)
  end, "l"); f(); debug.sethook()
  print(table.concat(lines, ", "))
end

trace("if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend\n")
trace("local a\na=1\nwhile a<=3 do\n  a=a+1\nend\n")
trace("for i=1,3 do\n  a=i\nend\n")
trace("for i,v in pairs{'a','b'} do\n  a=tostring(i) .. v\nend\n")
trace("a=1\nrepeat\n  a=a+1\nuntil a==3\n")
trace("local function foo()\nend\nfoo()\nA = 1\nA = 2\n")
trace("for i=1,4 do a=1 end")
trace("while math.sin(1) do\n  if math.sin(1)\n  then break\n  end\nend\na=1")

-- stripped code: the first instruction still reports, without a line
local function foo() local a = 1; local b = 2; return b end
local s = load(string.dump(foo, true))
local seen = {}
debug.sethook(function (e, l) seen[#seen + 1] = tostring(l) end, "l")
s(); debug.sethook()
print(#seen, seen[1])

-- a hook that errors: the error propagates from the hooked line; hooks run again afterwards
local errors = 0
print(pcall(function ()
  debug.sethook(function (e, l) errors = errors + 1; if errors == 1 then error("in hook") end end, "l")
  local x = 1
end))
local y = 2
debug.sethook()
print(errors, debug.gethook())
