-- §2.3 / §3.4 error messages name the culprit variable
local x
print(pcall(function() return x.field end))
print(pcall(function() return undefinedglobal.field end))
local t = {}
print(pcall(function() return t.a.b end))
print(pcall(function() return t[1][2] end))
print(pcall(function() local s = "str"; return s.x.y end))
print(pcall(function() x.y = 1 end))
print(pcall(function() t.m:method() end))
