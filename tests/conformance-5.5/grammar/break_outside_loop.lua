-- Lua 5.5's parser rejects a 'break' outside any loop at the keyword itself ("break outside loop near 'break'"),
-- not when its function closes as 5.2-5.4 do.
print(load("local f = function ()\n  break\nend\nreturn 1\n"))
print(load("local f = function ()\n  local x = 1\n  break\nend\nlocal y = 1e\n"))
print(load("local x = 1\nif x then break end\nprint(1)\n"))
print(load("for i = 1, 2 do local f = function () break end end"))
print(load("while true do break end return 1") ~= nil)
