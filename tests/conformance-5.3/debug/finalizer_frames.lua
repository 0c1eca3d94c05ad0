-- §2.5.3, §6.10: a finalizer run by the collector while the program allocates is called above the frame it
-- interrupted (lgc.c GCTM), so the debug library sees that frame at level 2 of the __gc function: getinfo names it,
-- getlocal reads its locals (and the temporary the allocation made, up to lvm.c checkGC's top), traceback lists it.
-- The allocating loop is on one line, so whichever allocation runs the finalizer, the interrupted line is the same.
local done = false
local function show(level)
  local t = debug.getinfo(level, "nSl")
  if not t then print(level, "none") return end
  print(level, t.what, t.namewhat, t.name, t.currentline, t.short_src)
end
setmetatable({}, {__gc = function ()
  for level = 1, 4 do show(level) end
  local i = 1
  while true do
    local n, v = debug.getlocal(2, i)
    if not n then break end
    print("local", i, n, type(v))
    i = i + 1
  end
  print((debug.traceback("tb", 1):gsub("\n%s*%[C%]: in %?", "")))
  done = true
end})
local function work()
  local x = 0
  repeat local a = {} x = x + 1 until done
end
work()
print("done")
