-- §6.10 debug.getinfo fields for Lua and host functions
local function target(a, b, ...) return debug.getinfo(1, "nSlutr") end
local i = target()
print(i.what, i.source, i.short_src, i.linedefined, i.lastlinedefined, i.currentline, i.nups, i.nparams, i.isvararg, i.istailcall)
local p = debug.getinfo(print)
print(p.what, p.source, p.short_src, p.linedefined, p.lastlinedefined, p.currentline, p.nups, p.nparams, p.isvararg)
local m = debug.getinfo(1, "S")
print(m.what, m.linedefined, m.short_src)
print(debug.getinfo(100))
print(pcall(debug.getinfo, "x"))
print(pcall(debug.getinfo, 1, ">"))
local lines = debug.getinfo(target, "L").activelines
local ks = {} for k in pairs(lines) do ks[#ks + 1] = k end table.sort(ks)
print(table.concat(ks, ","))
print(pcall(debug.getinfo, 1, 'x'))
