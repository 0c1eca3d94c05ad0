-- §6.4.1 empty matches in gsub and gmatch advance by one
print(("abc"):gsub("x*", "-"))
print(("abc"):gsub("b*", "-"))
print(("hello world"):gsub("%s*", "_"))
local t = {}
for a in ("abc"):gmatch("x*") do t[#t + 1] = "[" .. a .. "]" end
print(table.concat(t))
t = {}
for a in ("a,b,,c"):gmatch("([^,]*)") do t[#t + 1] = "[" .. a .. "]" end
print(table.concat(t))
print(("abc"):gsub(".-", "-"))
