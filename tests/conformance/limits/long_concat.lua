-- §3.4.6 long concatenation chains and big tables
local parts = {}
for i = 1, 150 do parts[i] = "x" .. i end
local src = "return " .. table.concat(parts, " .. ") 
local env = {}
for i = 1, 150 do env["x" .. i] = tostring(i % 10) end
local f, e = load(src, "c", "t", env)
print(f == nil, e, #f())
local t = {}
for i = 1, 100000 do t[#t + 1] = i end
print(#t, t[#t])
