-- §2.3 messages name upvalues, fields, methods and constants
local up = nil
local function f() return up.x end
print(pcall(f))
local cfg = {}
print(pcall(function() return cfg.opts.depth end))
print(pcall(function() return math.nofunc() end))
print(pcall(function() string.nothing("x") end))
print(pcall(function() local a = {}; return a[1].x end))
