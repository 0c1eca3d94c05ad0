-- §3.3.4: a break outside any loop is reported when the function body closes, at the line of the token after
-- its 'end' (lparser.c close_func), not at the next statement. Found by tests/difffuzz.
print(load("local f = (function () break return 1 end)\nprint(1)"))
print(load("local f = function () break\nreturn 1 end\nprint(1)"))
print(load("local f = function () goto nowhere end\n\n\nx = 1"))
print(load("f(function () break end\n)"))
