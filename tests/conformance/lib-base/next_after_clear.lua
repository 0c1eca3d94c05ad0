-- §6.1 clearing fields during traversal is allowed
local t = {}
for i = 1, 10 do t[i] = i end
t.a, t.b = 1, 2
local n = 0
for k in pairs(t) do t[k] = nil n = n + 1 end
print(n, next(t))
