-- §6.1 binary chunk error names
local d = string.dump(function() end)
print(load(d:sub(1, 10)))
print(load(d:sub(1, 10), "=named"))
print(load(d:sub(1, 10), "@file"))
print(load(d .. "trailing garbage") ~= nil)
