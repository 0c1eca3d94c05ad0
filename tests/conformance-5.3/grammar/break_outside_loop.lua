-- Lua 5.3 names a 'break' outside any loop as 5.2 does ("<break> at line N not inside a loop"), when its function
-- closes, before a syntax error further down the chunk.
print(load("local f = function ()\n  break\nend\nreturn 1\n"))
print(load("local f = function ()\n  local x = 1\n  break\nend\nlocal y = 1e\n"))
print(load("local x = 1\nif x then break end\nprint(1)\n"))
