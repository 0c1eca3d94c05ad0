local env1 = {name = "env1"}
local function level2() return getfenv(2).name, getfenv(1).name end
local function level1() local a, b = level2(); return a, b end
local function tail1() return level2() end
setfenv(tail1, env1)
setfenv(level1, setmetatable(env1, {__index = _G}))
setfenv(level2, setmetatable({name = "env2"}, {__index = _G}))
print(pcall(level1))
print(pcall(tail1))
local function viaPcall() return getfenv(2) == _G end
print(pcall(viaPcall))
print(getfenv(print) == _G, getfenv(0) == _G)
local thread_env = {}
local co = coroutine.create(function() return getfenv(0) end)
local ok, e = coroutine.resume(co)
print(ok, e == _G)
