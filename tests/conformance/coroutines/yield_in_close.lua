-- §3.3.8 / §6.2: a __close metamethod run by a normal block exit or return may yield

local function closer(name, log)
  return setmetatable({}, {__close = function(_, err)
    log[#log + 1] = name
    local r = coroutine.yield("closing " .. name)
    log[#log + 1] = name .. ":" .. tostring(r) .. ":" .. (type(err) == "table" and "tbl" or tostring(err))
  end})
end

local function drive(label, f, ...)
  local co = coroutine.create(f)
  local args = table.pack(...)
  local step = 0
  while true do
    step = step + 1
    local res = table.pack(coroutine.resume(co, table.unpack(args, 1, args.n)))
    local parts = {}
    for i = 1, res.n do
      local v = res[i]
      if type(v) == "table" then v = #v > 0 and table.concat(v, ",") or "table" end
      parts[#parts + 1] = tostring(v)
    end
    print(label, step, table.concat(parts, " "), coroutine.status(co))
    if coroutine.status(co) == "dead" then break end
    args = table.pack("r" .. step)
  end
end

-- the example of the brief
do
  local co = coroutine.create(function()
    local x <close> = setmetatable({}, {__close = function() coroutine.yield("in close") end})
    return "done"
  end)
  print(coroutine.resume(co))
  print(coroutine.resume(co))
  print(coroutine.status(co))
end

-- block exit
drive("block", function()
  local log = {}
  do
    local a <close> = closer("a", log)
    log[#log + 1] = "body"
  end
  log[#log + 1] = "after"
  return table.concat(log, ",")
end)

-- return with several values, kept across the yields
drive("return", function()
  local log = {}
  local a <close> = closer("a", log)
  local b <close> = closer("b", log)
  return 1, nil, "three", log
end)

-- return f() with multiple results (B = 0), values beyond the frame's registers
local function many(n)
  local t = {}
  for i = 1, n do t[i] = i * 10 end
  return table.unpack(t, 1, n)
end
drive("multret", function(n)
  local log = {}
  local a <close> = closer("a", log)
  return many(n)
end, 40)
drive("multret-small", function()
  local log = {}
  local a <close> = closer("a", log)
  local b <close> = closer("b", log)
  return "x", many(3)
end)

-- a caller sees the returned values after the yields
drive("caller", function()
  local function inner()
    local log = {}
    local c <close> = closer("c", log)
    return "v1", "v2", select("#", many(5)), log
  end
  local r = table.pack(inner())
  return r.n, r[1], r[2], r[3], table.concat(r[4], ",")
end)

-- a loop with break and with normal iteration
drive("loop", function()
  local log = {}
  for i = 1, 5 do
    local v <close> = closer("i" .. i, log)
    if i == 3 then break end
  end
  local j = 0
  while true do
    j = j + 1
    local w <close> = closer("w" .. j, log)
    if j >= 2 then goto out end
  end
  ::out::
  return table.concat(log, ",")
end)

-- several tbc variables close in reverse order, with yields in between
drive("order", function()
  local log = {}
  do
    local a <close> = closer("a", log)
    local b <close> = closer("b", log)
    local nothing <close> = nil
    local c <close> = closer("c", log)
    log[#log + 1] = "body"
  end
  return table.concat(log, ",")
end)

-- generic for: the closing value of the loop
drive("genfor", function()
  local log = {}
  local function iter(s, i) if i < 3 then return i + 1 end end
  for i in iter, nil, 0, closer("for", log) do
    if i == 2 then break end
  end
  return table.concat(log, ",")
end)

-- coroutine.yield itself as __close
drive("direct", function()
  do
    local x <close> = setmetatable({}, {__close = coroutine.yield})
  end
  return "end"
end)

-- an error raised after a yield in __close: the coroutine dies with it (its other variables stay pending)
local elog = {}
drive("error", function()
  local log = elog
  local a <close> = closer("a", log)
  local b <close> = setmetatable({}, {__close = function()
    coroutine.yield("before error")
    error("boom", 0)
  end})
  return "unreached"
end)
print("elog", #elog)

drive("pcall-error", function()
  local log = {}
  local ok, e = pcall(function()
    -- (closing on error does not yield here: only the normal exit of b's block does)
    local a <close> = setmetatable({}, {__close = function(_, err) log[#log + 1] = "a:" .. type(err) end})
    do
      local b <close> = setmetatable({}, {__close = function()
        coroutine.yield("b yields")
        error({code = 42})
      end})
    end
    return "unreached"
  end)
  return ok, type(e) == "table" and e.code or e, table.concat(log, ",")
end)

drive("error-in-block", function()
  local log = {}
  do
    local a <close> = closer("a", log)
    local b <close> = setmetatable({}, {__close = function()
      coroutine.yield("block b")
      error("block boom")
    end})
  end
  return "unreached"
end)

-- wrap and nested coroutines
local gen = coroutine.wrap(function()
  for i = 1, 2 do
    local v <close> = setmetatable({}, {__close = function() coroutine.yield("close " .. i) end})
    coroutine.yield("body " .. i)
  end
  return "fin"
end)
for _ = 1, 5 do print("wrap", gen()) end

drive("nested", function()
  local inner = coroutine.wrap(function()
    local x <close> = setmetatable({}, {__close = function() coroutine.yield("inner close") end})
    return "inner done"
  end)
  local log = {}
  local y <close> = closer("outer", log)
  return inner(), inner()
end)

-- outside a coroutine the yield still fails, and the error is catchable
print(pcall(function()
  local x <close> = setmetatable({}, {__close = function() coroutine.yield() end})
  return 1
end))
