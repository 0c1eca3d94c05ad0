local t = {}
t[1] = "a"; t[2.0] = "b"; t[3] = "c"
print(#t, t[2], t[1.0])
t[2^53] = "big"
print(t[2^53], t[2^53 + 1])
t[0.5] = "half"; t[-1] = "neg"
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(tostring(k), " ") end
print()
print(next({}, nil))
