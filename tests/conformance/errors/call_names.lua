-- §2.3 calling a non-function names it
local notfn = 1
print(pcall(function() notfn() end))
print(pcall(function() nofunc() end))
local t = {}
print(pcall(function() t.method() end))
print(pcall(function() t:method() end))
print(pcall(function() ("x")() end))
print(pcall(function() local a = {}; a.b = {}; a.b.c() end))
print(pcall(function() (nil)() end))
