-- §6.1 rawequal, rawlen, rawget, rawset
local mt = {__eq = function() return true end, __len = function() return 99 end,
  __index = function() return "meta" end, __newindex = function() error("no") end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a), rawequal(1, 1.0), rawequal("x", "x"))
print(#a, rawlen(a), rawlen({1, 2}), rawlen("abc"))
print(a.x, rawget(a, "x"), rawset(a, "x", 1) == a, rawget(a, "x"))
print(pcall(rawlen, 5))
print(pcall(rawequal, 1))
print(pcall(rawget, "x", 1))
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, {}, 0/0, 1))
print(pcall(rawset, {}, 1))
print(pcall(rawget, {}))
