-- Finalizers of unreachable objects run without an explicit collectgarbage(): the allocation debt starts the
-- cycles (gc.lua's GC1/GC2 loops). Each loop must end; the object in 'b', above 'u' in the stack, must survive.
collectgarbage("incremental")

local function loops(wrap)
  local u
  local b
  local finish = false
  u = wrap(setmetatable({}, {__gc = function () finish = true end}))
  b = {34}
  repeat u = wrap({}) until finish
  print("tables", b[1])

  finish = false; local i = 1
  u = wrap(setmetatable({}, {__gc = function () finish = true end}))
  repeat i = i + 1; u = wrap(tostring(i) .. tostring(i)) until finish
  print("strings", b[1])

  finish = false
  u = wrap(setmetatable({}, {__gc = function () finish = true end}))
  repeat local i; u = wrap(function () return i end) until finish
  print("closures", b[1])
end

loops(function (x) return x end)
loops(function (x) return {x} end)

-- The same in generational mode, and with a library function as the only allocator in the loop.
collectgarbage("generational")
local finish = false
local u = setmetatable({}, {__gc = function () finish = true end})
repeat u = string.rep("x", 100) .. "" until finish
print("generational", finish)
u = setmetatable({}, {__gc = function () finish = "rep" end})
repeat u = string.rep("y", 100) until finish == "rep"
print("library", finish)
