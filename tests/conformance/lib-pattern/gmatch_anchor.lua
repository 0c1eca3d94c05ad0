-- §6.4.1 gmatch with ^ anchor (5.4 matches only at start)
local t = {}
for a in ("aaa"):gmatch("^a") do t[#t + 1] = a end
print(#t)
t = {}
for a in ("hello hello"):gmatch("^hello") do t[#t + 1] = a end
print(#t)
t = {}
for a in ("xhello"):gmatch("^hello") do t[#t + 1] = a end
print(#t)
for k, v in ("a=1&b=2"):gmatch("(%w+)=(%w+)") do io.write(k, v, ";") end print()
