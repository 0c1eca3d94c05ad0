-- §3.4.6 / §3.4.7 concatenation and the length operator
local s = "hello"
print(#s, #"", #"\0\0\0", s .. " " .. "world")
print(1 .. "", 1.0 .. "", "a" .. 2 .. 3.5)
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. {} end))
print(pcall(function() return #5 end))
local parts = {}
for i = 1, 10 do parts[#parts + 1] = i end
print(table.concat(parts, "-"))
