local Queue = {}
Queue.__index = Queue
function Queue.new() return setmetatable({first = 1, last = 0, items = {}}, Queue) end
function Queue:push(v) self.last = self.last + 1; self.items[self.last] = v end
function Queue:pop()
  if self.first > self.last then return nil end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end
function Queue:empty() return self.first > self.last end
local Scheduler = {ready = Queue.new(), time = 0, sleeping = {}}
function Scheduler.spawn(name, fn)
  Scheduler.ready:push({name = name, co = coroutine.create(fn)})
end
function Scheduler.sleep(ticks) coroutine.yield("sleep", ticks) end
function Scheduler.run()
  while not Scheduler.ready:empty() or #Scheduler.sleeping > 0 do
    local task = Scheduler.ready:pop()
    if task then
      local ok, what, arg = coroutine.resume(task.co, Scheduler.time)
      if not ok then print(task.name .. " failed: " .. what)
      elseif coroutine.status(task.co) == "dead" then print(task.name .. " finished at " .. Scheduler.time)
      elseif what == "sleep" then
        table.insert(Scheduler.sleeping, {wake = Scheduler.time + arg, task = task})
      else Scheduler.ready:push(task) end
    else
      Scheduler.time = Scheduler.time + 1
      for i = #Scheduler.sleeping, 1, -1 do
        if Scheduler.sleeping[i].wake <= Scheduler.time then
          Scheduler.ready:push(table.remove(Scheduler.sleeping, i).task)
        end
      end
    end
  end
end
Scheduler.spawn("ping", function() for i = 1, 3 do print("ping " .. i); Scheduler.sleep(2) end end)
Scheduler.spawn("pong", function() for i = 1, 2 do print("pong " .. i); Scheduler.sleep(3) end end)
Scheduler.spawn("bad", function() Scheduler.sleep(1); error("crash", 0) end)
Scheduler.spawn("quick", function() coroutine.yield(); print("quick again") end)
Scheduler.run()
print("time", Scheduler.time)
