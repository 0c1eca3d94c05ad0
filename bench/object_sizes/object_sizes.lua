-- Bytes per object: creates N objects of each kind into a pre-filled array (so storing them allocates nothing
-- else) and divides the growth of the heap in use, after a full collection, by N.
-- Under lua5.4.8 the heap in use is collectgarbage("count"); the Tycho host (ObjectSizes.csproj) and the C host
-- (lua_host.c) define these globals before running this file:
--   bytes_in_use()     heap in use after a full collection (Tycho: GC.GetTotalMemory(true))
--   bytes_allocated()  bytes allocated so far on this thread, temporaries included (Tycho only:
--                      GC.GetAllocatedBytesForCurrentThread())
--   newuserdata()      a new full userdata with no payload and one user value (lua_newuserdatauv(L, 0, 1))
-- Output: one line per kind, "name<TAB>retained bytes<TAB>allocated bytes or -".
local N = 100000

local in_use = bytes_in_use or function()
  collectgarbage(); collectgarbage()
  return collectgarbage("count") * 1024
end
local allocated = bytes_allocated

local results, order = {}, {}
local function measure(name, make)
  local t = {}
  for i = 1, N do t[i] = false end
  local r0 = in_use()
  local a0 = allocated and allocated()
  make(t, N)
  local a1 = allocated and allocated()
  local r1 = in_use()
  results[name] = {(r1 - r0) / N, a1 and (a1 - a0) / N}
  order[#order + 1] = name
  t = nil
end

measure("empty table", function(t, n) for i = 1, n do t[i] = {} end end)
measure("table, 4 array items", function(t, n) for i = 1, n do t[i] = {i, i, i, i} end end)
measure("table, 4 hash entries", function(t, n) for i = 1, n do t[i] = {a = i, b = i, c = i, d = i} end end)
measure("closure, 0 upvalues", function(t, n) for i = 1, n do t[i] = function() end end end)
measure("closure, 1 upvalue (shared)", function(t, n)
  local a = 1
  for i = 1, n do t[i] = function() return a end end
end)
measure("closure, 2 upvalues (shared)", function(t, n)
  local a, b = 1, 2
  for i = 1, n do t[i] = function() return a + b end end
end)
measure("closure, 1 upvalue + its own upvalue (closed)", function(t, n)
  for i = 1, n do local x = i; t[i] = function() return x end end
end)
if newuserdata then
  measure("userdata, no payload", function(t, n) local new = newuserdata for i = 1, n do t[i] = new() end end)
end
measure("coroutine (not started)", function(t, n)
  local f = function() end
  local create = coroutine.create
  for i = 1, n do t[i] = create(f) end
end)
-- last: the string table grows with the strings (lua5.4 interns short ones) and shrinks in later collections
measure("string, 10 bytes", function(t, n) local fmt = string.format for i = 1, n do t[i] = fmt("%010d", i) end end)

-- derived rows: one closed upvalue, and a string's bytes beyond its 10 bytes of payload
local function derive(name, a, b, minus)
  local x, y = results[a], results[b]
  results[name] = {x[1] - (y and y[1] or 0) - (minus or 0), x[2] and (x[2] - (y and y[2] or 0) - (minus or 0))}
  order[#order + 1] = name
end
derive("upvalue (closed)", "closure, 1 upvalue + its own upvalue (closed)", "closure, 1 upvalue (shared)")
derive("string header (bytes beyond 10)", "string, 10 bytes", nil, 10)

for _, name in ipairs(order) do
  local r = results[name]
  print(string.format("%s\t%.1f\t%s", name, r[1], r[2] and string.format("%.1f", r[2]) or "-"))
end
