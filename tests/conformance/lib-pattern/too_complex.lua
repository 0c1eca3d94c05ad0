-- §6.4.1 deep recursion in the matcher: "pattern too complex"
-- (MAXCCALLS 200 in lstrlib.c)
local s = string.rep("a", 300)
print(pcall(string.match, s, string.rep("a?", 300) .. string.rep("a", 300)))
local p = string.rep("(", 190) .. "a" .. string.rep(")", 190)
print(pcall(function() return select("#", string.match("a", p)) end))
print(pcall(string.find, s, string.rep("%f[a]", 250)))
