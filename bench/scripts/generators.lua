-- Coroutine-heavy generators: producer/consumer through a filter chain, and nested generators via coroutine.wrap.
local yield, wrap, create, resume = coroutine.yield, coroutine.wrap, coroutine.create, coroutine.resume

-- producer -> filter -> map -> consumer, each stage a coroutine
local function producer(n)
  return create(function()
    for i = 1, n do yield(i) end
    return nil
  end)
end
local function receive(co)
  local ok, v = resume(co)
  return v
end
local function filter(src, pred)
  return create(function()
    while true do
      local v = receive(src)
      if v == nil then return nil end
      if pred(v) then yield(v) end
    end
  end)
end
local function map(src, f)
  return create(function()
    while true do
      local v = receive(src)
      if v == nil then return nil end
      yield(f(v))
    end
  end)
end

local sum1 = 0
for _ = 1, 3 do
  local chain = map(filter(producer(500000), function(v) return v % 3 ~= 0 end), function(v) return v * 2 end)
  while true do
    local v = receive(chain)
    if v == nil then break end
    sum1 = sum1 + v
  end
end

-- nested generators: an in-order walk of a tree, one wrap per subtree
local function build(lo, hi)
  if lo > hi then return nil end
  local mid = (lo + hi) // 2
  return {value = mid, left = build(lo, mid - 1), right = build(mid + 1, hi)}
end
local function walk(node)
  return wrap(function()
    if not node then return end
    for v in walk(node.left) do yield(v) end
    yield(node.value)
    for v in walk(node.right) do yield(v) end
  end)
end
local tree = build(1, 4095)
local sum2, count = 0, 0
for _ = 1, 16 do
  for v in walk(tree) do sum2 = sum2 + v; count = count + 1 end
end

-- permutations generator (PiL's classic), recursive yields through the generator
local function permgen(a, n)
  n = n or #a
  if n <= 1 then yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local sum3 = 0
for _ = 1, 3 do
  for p in wrap(function() permgen({1, 2, 3, 4, 5, 6, 7, 8}) end) do sum3 = sum3 + p[1] * p[8] end
end

print(sum1, sum2, count, sum3)
