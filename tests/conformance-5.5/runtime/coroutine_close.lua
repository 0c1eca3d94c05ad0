-- Lua 5.5's coroutine.close of the running coroutine (manual §6.2): the close does not return, the resume that
-- ran the coroutine does; a __close may close its coroutine again while it is being closed
local function func2close(f) return setmetatable({}, {__close = f}) end
do
  local co
  co = coroutine.create(function()
    local x <close> = func2close(function() print("closing x", coroutine.status(co)); print(coroutine.close(co)) ; print("after") end)
    coroutine.yield(20)
  end)
  print(coroutine.resume(co))
  print(coroutine.close(co))
  print(coroutine.status(co))
end
do -- self-close with pending tbc
  local co = coroutine.create(function()
    local a <close> = func2close(function(_, e) print("close a", e) end)
    local b <close> = func2close(function(_, e) print("close b", e); error("eb") end)
    print(pcall(coroutine.close))
    print("unreachable")
  end)
  print(coroutine.resume(co))
  print(coroutine.status(co), coroutine.close(co))
end
do -- self close plain
  local co = coroutine.wrap(function() coroutine.close() end)
  print(pcall(co))
  local co = coroutine.create(function(...) coroutine.yield(1); local t <close> = func2close(function() print("t") end); coroutine.close() end)
  print(coroutine.resume(co)); print(coroutine.resume(co)); print(coroutine.status(co)); print(coroutine.resume(co))
end
do -- self close inside a tbc close of error
  local co = coroutine.create(function()
    local a <close> = func2close(function(_, e) print("close a", e); coroutine.close() end)
    error("boom")
  end)
  print(coroutine.resume(co))
  print(coroutine.status(co), coroutine.close(co))
end
do -- close with yield inside handler
  local co = coroutine.create(function()
    local a <close> = func2close(function(_, e) print("close a", e); coroutine.yield(5) end)
    coroutine.close()
  end)
  print(coroutine.resume(co))
  print(coroutine.status(co), coroutine.close(co))
end
do -- outer close OK, inner self-close meets an error
  local co = coroutine.create(function()
    local a <close> = func2close(function(_, e) print("a", e); error("ea") end)
    local b <close> = func2close(function(_, e) print("b", e); coroutine.close(); print("no") end)
    coroutine.yield(1)
  end)
  print(coroutine.resume(co))
  print(coroutine.close(co))
  print(coroutine.status(co), coroutine.close(co))
end
do -- nested coroutines: the inner one closes itself, the outer goes on
  local outer = coroutine.wrap(function()
    local inner = coroutine.create(function()
      local t <close> = func2close(function() print("inner closed") end)
      coroutine.yield("y")
      pcall(coroutine.close)
      print("no")
    end)
    print(coroutine.resume(inner))
    print(coroutine.resume(inner))
    print(coroutine.status(inner))
    coroutine.yield("outer yields")
    return "outer done"
  end)
  print(outer()); print(outer())
end
do -- self close from inside an xpcall message handler and inside a metamethod
  local co = coroutine.create(function()
    local t <close> = func2close(function() print("closed t") end)
    xpcall(error, function(m) coroutine.close() end, "e")
    print("no")
  end)
  print(coroutine.resume(co))
  local co2 = coroutine.create(function()
    local mt = {__index = function() coroutine.close() end}
    local x = setmetatable({}, mt).foo
    print("no")
  end)
  print(coroutine.resume(co2))
  local co3 = coroutine.create(function()
    table.sort({3, 2, 1}, function(a, b) coroutine.close() end)
    print("no")
  end)
  print(coroutine.resume(co3))
  local co4 = coroutine.create(function()
    for k in (function() coroutine.close() end) do end
  end)
  print(coroutine.resume(co4), coroutine.status(co4))
end
do -- errors: wrap propagates a __close error of a self-close
  local f = coroutine.wrap(function()
    local t <close> = func2close(function() error("in close") end)
    coroutine.close()
  end)
  print(pcall(f))
  local g = coroutine.wrap(function() local t <close> = func2close(function() error({}) end) coroutine.close() end)
  print(select('#', pcall(g)), type(select(2, pcall(g))))
end
do -- closing a dead-by-error coroutine whose handler closes itself
  local co = coroutine.create(function()
    local t <close> = func2close(function(_, e) print("handler", e); coroutine.close(); end)
    local u <close> = func2close(function(_, e) print("u", e) end)
    error("E")
  end)
  print(coroutine.resume(co))
  print(coroutine.close(co))
end
do -- a coroutine may call coroutine.close(co) with itself explicitly; main is refused
  local co; co = coroutine.create(function() coroutine.close(co) end)
  print(coroutine.resume(co), coroutine.status(co))
  print(pcall(coroutine.close))
  print(pcall(coroutine.close, coroutine.running()))
end
do -- C-call counts are back after deep self-closes
  local function depthnow()
    local depth = 0
    local function rec() depth = depth + 1; return coroutine.wrap(function() return rec() end)() end
    pcall(rec)
    return depth
  end
  local d0 = depthnow()
  local function deep(n) if n == 0 then coroutine.close() end return (deep(n - 1)) end
  for i = 1, 300 do
    local co = coroutine.create(function() string.gsub("a", "a", function() pcall(deep, 50) end) end)
    assert(coroutine.resume(co))
  end
  print(depthnow() == d0)
end
