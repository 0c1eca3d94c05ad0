-- §6.6 comparator results are truthy/falsy values
local t = {3, 1, 2}
table.sort(t, function(a, b) if a < b then return 1 else return nil end end)
print(table.concat(t, ","))
local t2 = {"b", "a", "c"}
table.sort(t2, function(a, b) return a > b and "yes" end)
print(table.concat(t2, ","))
local mt = {__lt = function(a, b) return a.v < b.v end}
local objs = {}
for i, v in ipairs({5, 3, 9, 1}) do objs[i] = setmetatable({v = v}, mt) end
table.sort(objs)
for i = 1, 4 do io.write(objs[i].v, " ") end print()
