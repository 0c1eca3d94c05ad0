local s = [[
]]
print(#s, s == "")
local s2 = [==[
a]]b]=]c]==]
print(s2, #s2)
print([[a
b
c]])
local deep = [=====[x]====]y]=====]
print(deep)
