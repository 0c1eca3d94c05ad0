-- __close may yield while an error unwinds to a pcall inside the coroutine; it gets the error, and an error
-- it raises replaces the error for the variables closed after it and for pcall's result.
local function closer(name, f)
  return setmetatable({}, {__close = function(_, e) return f(name, e) end})
end

local co = coroutine.wrap(function()
  local function body(raise)
    local a <close> = closer("a", function(n, e) print(n, "got", e); coroutine.yield(n) end)
    local b <close> = closer("b", function(n, e)
      print(n, "got", e); coroutine.yield(n)
      if raise == "b" then error("from b", 0) end
    end)
    local c <close> = closer("c", function(n, e) print(n, "got", e); coroutine.yield(n) end)
    if raise then error("from body", 0) end
    return "normal", "return"
  end
  print(pcall(body, nil))
  print(pcall(body, "body"))
  print(pcall(body, "b"))
  print(xpcall(body, function(m) return "handled: " .. m end, "b"))
  return "end"
end)
for i = 1, 13 do print("yielded", co()) end

-- a __close that is coroutine.yield itself
local co2 = coroutine.wrap(function()
  local ok, err = pcall(function()
    local x <close> = setmetatable({}, {__close = coroutine.yield})
    error("oops", 0)
  end)
  return "finished", ok, err
end)
print(select(2, co2()))
print(co2())

-- without a coroutine the same unwinding works (nothing yields)
print(pcall(function()
  local x <close> = closer("x", function(n, e) print(n, "got", e); error("replaced", 0) end)
  local y <close> = closer("y", function(n, e) print(n, "got", e) end)
  error("first", 0)
end))
