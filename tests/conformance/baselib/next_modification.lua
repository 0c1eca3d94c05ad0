-- §6.1 clearing fields during traversal is allowed
local t = {}
for i = 1, 100 do t[i] = i; t["k" .. i] = i end
local n = 0
for k in pairs(t) do t[k] = nil; n = n + 1 end
print(n, next(t))
