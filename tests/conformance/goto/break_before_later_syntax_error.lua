-- §3.3.4: lparser.c reports a 'break' outside any loop when its function closes, so that error comes before a
-- syntax error further down the chunk (a parser that checks jumps only after the whole chunk parsed reports the
-- later error instead). Found by tests/difffuzz (seed 28).
print(load("local f = function ()\n  local x = 1\n  break\nend\nlocal y = 1e\n"))
print(load("print(pcall(function () local v = 1 break ; return v end))\nprint(10 < 1e - 7)"))
print(load("local g = function () for i = 1, 2 do break end end\nlocal y = 1e\n"))
print(load("local h = function () local k = function () break end\nend\nlocal y = 1e\n"))
