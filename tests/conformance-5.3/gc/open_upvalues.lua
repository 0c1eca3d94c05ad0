-- Open upvalues of coroutines the collector did not reach: 5.3 keeps the values of new (or recently used)
-- ones for one more cycle (lgc.c remarkupvals), so a cycle through a suspended coroutine needs two collections;
-- 5.4 keeps them only through a reachable closure. Prints how many full collections finalize each case.
local function run(label, setup)
  local collected = false
  collectgarbage(); collectgarbage("stop")
  setup(function () collected = true end)
  local n = 0
  repeat collectgarbage(); n = n + 1 until collected or n > 5
  print(label, n)
  collectgarbage("restart")
end

run("cycle", function (fin)
  local function f (param)
    ;(function ()
      param = setmetatable({param, f}, {__gc = fin})
      coroutine.yield(100)
    end)()
  end
  local co = coroutine.create(f)
  assert(coroutine.resume(co, co))
end)

-- 2: the coroutine is reachable during one collection first
run("reached-first", function (fin)
  local keep = {}
  local function f (param)
    ;(function ()
      param = setmetatable({param}, {__gc = fin})
      coroutine.yield(100)
    end)()
  end
  local co = coroutine.create(f)
  assert(coroutine.resume(co, co))
  keep[1] = co
  collectgarbage()
  keep[1] = nil
end)

-- 3: a closure (kept) over an open upvalue of an unreachable coroutine
run("closure-kept", function (fin)
  local co = coroutine.wrap(function ()
    local x = setmetatable({}, {__gc = fin})
    _G.getx = function () return x end
    coroutine.yield()
  end)
  co()
  co = nil
end)
_G.getx = nil
collectgarbage(); collectgarbage()

-- 4: no upvalue at all: the coroutine's table is only on its stack
run("no-upvalue", function (fin)
  local co = coroutine.create(function ()
    local x = setmetatable({}, {__gc = fin})
    coroutine.yield()
  end)
  coroutine.resume(co)
end)

-- 5: upvalue not part of a cycle
run("upvalue-no-cycle", function (fin)
  local co = coroutine.create(function ()
    local x = setmetatable({}, {__gc = fin})
    local g = function () return x end
    coroutine.yield()
  end)
  coroutine.resume(co)
end)

-- 6: upvalue created, then the collector runs while the coroutine is alive, then yields again
run("remarked-while-live", function (fin)
  local co = coroutine.create(function ()
    local x = setmetatable({}, {__gc = fin})
    local g = function () return x end
    coroutine.yield()
    coroutine.yield()
  end)
  coroutine.resume(co)
  collectgarbage()
  coroutine.resume(co)
  co = nil
end)

-- 7: weak table holding the coroutine
do
  local w = setmetatable({}, {__mode = "v"})
  collectgarbage(); collectgarbage("stop")
  local co = coroutine.create(function ()
    local x = {}
    local g = function () return x end
    coroutine.yield()
  end)
  coroutine.resume(co)
  w[1] = co
  co = nil
  local n = 0
  repeat collectgarbage(); n = n + 1 until w[1] == nil or n > 5
  print("weak", n)
  collectgarbage("restart")
end
