-- §2.1 tables grow: many integer and string keys
local t = {}
for i = 1, 10000 do t[i] = i * 2 end
for i = 1, 10000 do t["k" .. i] = i end
local s = 0
for i = 1, 10000 do s = s + t[i] + t["k" .. i] end
print(#t, s)
for i = 1, 10000, 2 do t["k" .. i] = nil end
local c = 0
for k in pairs(t) do c = c + 1 end
print(c)
