-- §6.4 / §6.6 building text with tables, format and gsub
local rows = {}
for i = 1, 5 do rows[#rows + 1] = string.format("%-6s|%5d|%8.3f", "row" .. i, i * i, math.sqrt(i)) end
print(table.concat(rows, "\n"))
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words + 1] = w:sub(1, 1):upper() .. w:sub(2) end
print(table.concat(words, " "))
