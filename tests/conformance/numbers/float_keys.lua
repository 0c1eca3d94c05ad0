-- §3.4.9 / §2.1 float keys with integral values are normalised to integers
local t = {}
t[1] = "int"; t[1.0] = "float"
print(t[1], #t)
t[2^53] = "big"
print(t[2^53], t[math.tointeger(2^53)])
t[1.5] = "frac"
print(t[1.5], t[3/2])
local keys = {}
for k in pairs({[1.0] = true, [2.0] = true}) do keys[#keys + 1] = math.type(k) end
table.sort(keys) print(table.concat(keys, ","))
print(next({[3.0] = 1}), math.type(next({[3.0] = 1})))
