-- §6.1 error level positions point at the right caller
local function inner(level) error("L" .. level, level) end
local function middle(level) inner(level) end
for level = 0, 4 do print(pcall(middle, level)) end
