local t = {1, 2, 3, n = 3, [10] = "ten", ["k k"] = true; 4}
print(#t, t[4], t.n, t[10], t["k k"])
local function three() return 1, 2, 3 end
print(#{three()}, #{three(), three()}, #{(three())}, #{three(), 10})
local nested = {{1, 2}, {3, {4, 5}}}
print(nested[2][2][2], #nested[2])
local u = {[1] = "a", [2] = "b", "c"}
print(u[1], u[2])
