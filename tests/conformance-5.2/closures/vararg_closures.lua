local function bind(f, ...)
  local n, args = select("#", ...), {...}
  return function(...)
    local all = {}
    for i = 1, n do all[i] = args[i] end
    local m = select("#", ...)
    for i = 1, m do all[n + i] = (select(i, ...)) end
    return f(unpack(all, 1, n + m))
  end
end
local unpack = unpack or table.unpack
_G.unpack = unpack
local join = bind(function(...) return table.concat({...}, ",") end, "a", "b")
print(join("c", "d"), join())
local function counter_factory()
  local counters = {}
  return function(name)
    counters[name] = (counters[name] or 0) + 1
    return counters[name]
  end
end
local count = counter_factory()
print(count("x"), count("y"), count("x"), count("x"))
