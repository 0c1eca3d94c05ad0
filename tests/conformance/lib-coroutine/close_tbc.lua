-- §6.2 close runs pending to-be-closed variables
local log = {}
local function closer(name) return setmetatable({}, {__close = function(_, e) log[#log + 1] = name .. ":" .. tostring(e) end}) end
local co = coroutine.create(function()
  local a <close> = closer("a")
  local b <close> = closer("b")
  coroutine.yield(1)
end)
coroutine.resume(co)
print(coroutine.close(co), table.concat(log, " "))
log = {}
local co2 = coroutine.create(function()
  local a <close> = closer("a")
  local b <close> = setmetatable({}, {__close = function() error("close err") end})
  coroutine.yield()
end)
coroutine.resume(co2)
print(coroutine.close(co2))
print(table.concat(log, " "), coroutine.status(co2))
