local t = {1, 2, nil, 4}
local n = 0
for i, v in ipairs(t) do n = i end
print(n)
local iter, state, init = ipairs({})
print(type(iter), type(state), init)
print(iter({10, 20}, 0), iter({10, 20}, 1), iter({10, 20}, 2))
local k, v = next({10})
print(k, v, next({10}, 1))
print(pcall(next, {}, "missing"))
