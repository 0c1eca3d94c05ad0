-- §6.1 next and pairs; order over array part is sequential
local t = {10, 20, 30}
local k, v = next(t)
while k do io.write(k, "=", v, " "); k, v = next(t, k) end
print()
print(next({}), next({}, nil))
print(pcall(next, {}, "nokey"))
local h = {a = 1, b = 2, c = 3}
local sum, count = 0, 0
for k, v in pairs(h) do sum = sum + v; count = count + 1; h[k] = nil end
print(sum, count, next(h))
