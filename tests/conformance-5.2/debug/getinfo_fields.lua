local function target(a, b, ...) return debug.getinfo(1, "nSlu") end
local info = target()
print(info.what, info.short_src, info.source, info.linedefined, info.lastlinedefined, info.currentline)
print(info.nups, info.nparams, info.isvararg)
local c = debug.getinfo(print)
print(c.what, c.short_src, c.source, c.currentline, c.linedefined)
local m = debug.getinfo(1, "S")
print(m.what, m.short_src)
local function named() return debug.getinfo(1, "n") end
local n = named()
print(n.name, n.namewhat)
print(debug.getinfo(100))
