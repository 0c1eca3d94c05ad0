print(#{1, 2, 3, nil}, #{1, 2, 3, nil, 5}, #{nil, nil, 3})
print(#{n = 1, 1, 2}, #{[1] = 1, [2] = 2, [3] = 3}, #{[2] = 2})
local t = {}
t[1] = 1; t[2] = 2; t[4] = 4
print(#t == 2 or #t == 4)
local u = {1, 2, 3, 4, 5}
u[5] = nil
print(#u)
u[4] = nil; u[3] = nil
print(#u)
