-- Depth limits as lua 5.4.8: Lua-to-Lua recursion is bounded by stack slots (LUAI_MAXSTACK), nested C calls
-- (pcall, metamethods, host callbacks, coroutine closes) by LUAI_MAXCCALLS = 200.
local function sum(n) if n == 0 then return 0 end return 1 + sum(n - 1) end
print(sum(250000))
local ok, msg = pcall(sum, 1e7)
print(ok, (string.gsub(msg, "^.-:%d+: ", "")))

local depth = 0
local function nest() depth = depth + 1; pcall(nest) end
nest()
print(depth > 150 and depth < 200)

local function loop() assert(pcall(loop)) end
print(xpcall(loop, loop))

local t = setmetatable({}, {__index = function(t, k) return t[k] end})
ok, msg = pcall(function() return t.x end)
print(ok, (string.gsub(msg, "^.-:%d+: ", "")))

local n = 0
local function viagsub() n = n + 1; string.gsub("a", ".", viagsub) end
ok, msg = pcall(viagsub)
print(ok, (string.gsub(msg, "^.-:%d+: ", "")), n > 150 and n < 200)

-- each coroutine, when closed, closes the previous one: the chain of __close calls overflows
local coro = false
for i = 1, 1000 do
  local previous = coro
  coro = coroutine.create(function()
    local cc <close> = setmetatable({}, {__close = function()
      if previous then assert(coroutine.close(previous)) end
    end})
    coroutine.yield()
  end)
  assert(coroutine.resume(coro))
end
ok, msg = coroutine.close(coro)
print(ok, string.match(msg, "C stack overflow$"))
