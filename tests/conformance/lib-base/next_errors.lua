-- §6.1 next
print(next({}), next({10}), next({10}, 1))
print(pcall(next, {}, "nokey"))
print(pcall(next))
print(pcall(next, {}, 1.5))
local t = {a = 1}
print(next(t), next(t, "a"))
