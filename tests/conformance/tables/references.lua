-- §2.1 tables are objects: assignment copies references
local a = {}
local b = a
b.x = 1
print(a.x, a == b, {} == {})
local function mut(t) t.y = 2 end
mut(a)
print(b.y)
