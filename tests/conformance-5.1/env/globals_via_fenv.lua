local log = {}
local env = setmetatable({}, {
  __index = function(t, k) log[#log + 1] = "get " .. k; return _G[k] end,
  __newindex = function(t, k, v) log[#log + 1] = "set " .. k; rawset(t, k, v) end,
})
local function work()
  counter = (counter or 0) + 1
  helper = function() return counter end
  return helper()
end
setfenv(work, env)
print(work(), work())
print(table.concat(log, ", "))
print(rawget(env, "counter"), counter)
