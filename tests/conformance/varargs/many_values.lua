-- §3.4.11 many results and arguments
local t = {}
for i = 1, 250 do t[i] = i end
local function sum(...) local s = 0; for i = 1, select("#", ...) do s = s + (select(i, ...)) end; return s end
print(sum(table.unpack(t)))
print(select("#", table.unpack(t)), select(250, table.unpack(t)))
print(math.max(table.unpack(t)), string.char(table.unpack({72, 105})))
