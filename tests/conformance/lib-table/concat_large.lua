-- §6.6 concat of many values and separators
local t = {}
for i = 1, 1000 do t[i] = i end
local s = table.concat(t, ",")
print(#s, s:sub(1, 20), s:sub(-20))
print(#table.concat(t, "", 500, 600), table.concat(t, "", 1000, 1000))
print(table.concat({"a", "b"}, ("-"):rep(10)))
