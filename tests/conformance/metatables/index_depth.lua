-- §2.4 long __index chains and rawget/rawset bypass
local t = {val = "bottom"}
for i = 1, 50 do t = setmetatable({}, {__index = t}) end
print(t.val)
local r = setmetatable({}, {__index = function() return "mm" end, __newindex = function() error("no") end})
rawset(r, "k", "raw")
print(r.k, r.other, rawget(r, "other"))
print(pcall(function() r.z = 1 end))
