-- §6.4 operations on longer strings
local s = string.rep("abc", 1000)
print(#s, s:sub(2999), select(2, s:gsub("b", "")), #s:upper())
local t = {}
for i = 1, 1000 do t[i] = tostring(i) end
local j = table.concat(t)
print(#j, j:sub(1, 20), j:sub(-10))
print(s:find("cab", 1, true), s:find("cab", 2999, true))
