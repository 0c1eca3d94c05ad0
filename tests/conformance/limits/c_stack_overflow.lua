-- §4.1 recursion through metamethods/host functions hits the C stack limit
local mt = {}
mt.__index = function(t, k) return setmetatable({}, mt)[k] end
local ok, e = pcall(function() return setmetatable({}, mt).x end)
print(ok, (e:gsub("^.-:%d+: ", "")))
local function viaPcall(n) return select(2, pcall(viaPcall, n + 1)) end
local r = viaPcall(1)
print(type(r))
