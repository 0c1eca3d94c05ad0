local tasks = {}
local function spawn(name, n)
  tasks[#tasks + 1] = {name = name, co = coroutine.create(function()
    for i = 1, n do coroutine.yield(name .. i) end
    return name .. " done"
  end)}
end
spawn("a", 2); spawn("b", 3); spawn("c", 1)
while #tasks > 0 do
  for i = #tasks, 1, -1 do
    local t = tasks[i]
    local ok, v = coroutine.resume(t.co)
    io.write(v, " ")
    if coroutine.status(t.co) == "dead" then table.remove(tasks, i) end
  end
end
print()
