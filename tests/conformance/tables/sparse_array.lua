-- §3.4.7 arrays built backwards and with holes (only sequences have a defined length)
local t = {}
for i = 10, 1, -1 do t[i] = i end
print(#t)
local s = {}
s[1] = 1; s[2] = 2; s[4] = 4
local n = #s
print(n == 2 or n == 4)
local big = {}
big[1000000] = 1
print(#big == 0 or #big == 1000000, big[1000000])
