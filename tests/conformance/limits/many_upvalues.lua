-- §3 a function may have up to 255 upvalues
local names = {}
for i = 1, 100 do names[i] = "u" .. i end
local src = "local " .. table.concat(names, ", ") .. " = " .. string.rep("1, ", 99) .. "1\nreturn function() return " .. table.concat(names, " + ") .. " end"
print(load(src)()())
