-- §3.4.7 the length of a sequence
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[101] = 1; print(#t)
t[101] = nil; print(#t)
for i = 100, 51, -1 do t[i] = nil end
print(#t)
local u = {1, 2, 3, nil}
print(#u)
local v = {n = 3}
print(#v)
local w = {}
w[1] = 1; w[2] = 2; w[3] = 3
print(#w)
