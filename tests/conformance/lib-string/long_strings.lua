-- §6.4 functions on longer strings
local s = string.rep("abc", 10000)
print(#s, s:sub(-3), s:find("cab", 29998, true), select(2, s:gsub("abc", "")))
print(#s:upper(), s:byte(30000), #s:reverse())
local t = {s:byte(1, 10)}
print(#t, table.concat(t, ","))
