local t = {1, 2, 3}
t[5] = 5
print(#t == 3 or #t == 5)
local s = {}
for i = 1, 10 do s[i] = i end
print(#s)
s[10] = nil
print(#s)
s[#s + 1] = "x"
print(#s, s[10])
print(#{}, #{nil}, #{1, nil}, #{n = 1})
local a = {n = 0}
for i = 1, 100 do a[i] = i end
for i = 100, 51, -1 do a[i] = nil end
print(#a)
