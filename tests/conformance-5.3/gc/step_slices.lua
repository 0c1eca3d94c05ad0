-- collectgarbage("step", n) in 5.3 does a slice of an incremental cycle and returns true only when its slice
-- finishes the cycle: basic steps (n = 0) take several calls, bigger steps fewer, a huge one finishes at once.
print("new state, big step", collectgarbage("step", 100))

local function dosteps (siz)
  collectgarbage()
  local a = {}
  for i=1,100 do a[i] = {{}}; local b = {} end
  local x = collectgarbage("count")
  local i = 0
  repeat i = i + 1 until collectgarbage("step", siz)
  assert(collectgarbage("count") < x)
  return i
end

collectgarbage("stop")
print("basic steps are slices", dosteps(0) > 10)
print("bigger steps, fewer", dosteps(10) < dosteps(2))
print("one huge step", dosteps(20000))
print(collectgarbage("step", 20000), collectgarbage("step", 20000))
collectgarbage()
print("right after a cycle", collectgarbage("step", 0), collectgarbage("step", 1))
print("still stopped", collectgarbage("isrunning"))

-- steps do not unblock a stopped collector: memory keeps growing across basic steps
collectgarbage()
local x = collectgarbage("count")
local rounds = 0
repeat
  for i=1,1000 do _ENV.a = {} end
  collectgarbage("step", 0)
  rounds = rounds + 1
until collectgarbage("count") > 2 * x or rounds > 10000
print("count grows", rounds <= 10000)
collectgarbage("restart")
