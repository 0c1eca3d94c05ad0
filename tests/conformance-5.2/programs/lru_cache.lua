local LRU = {}
LRU.__index = LRU
function LRU.new(cap) return setmetatable({cap = cap, map = {}, head = nil, tail = nil, n = 0, hits = 0, misses = 0}, LRU) end
function LRU:_unlink(node)
  if node.prev then node.prev.next = node.next else self.head = node.next end
  if node.next then node.next.prev = node.prev else self.tail = node.prev end
  node.prev, node.next = nil, nil
end
function LRU:_front(node)
  node.next = self.head
  if self.head then self.head.prev = node end
  self.head = node
  if not self.tail then self.tail = node end
end
function LRU:get(k)
  local node = self.map[k]
  if not node then self.misses = self.misses + 1; return nil end
  self.hits = self.hits + 1
  self:_unlink(node); self:_front(node)
  return node.value
end
function LRU:put(k, v)
  local node = self.map[k]
  if node then node.value = v; self:_unlink(node); self:_front(node); return end
  if self.n >= self.cap then
    local old = self.tail
    self:_unlink(old)
    self.map[old.key] = nil
    self.n = self.n - 1
    print("evict " .. old.key)
  end
  node = {key = k, value = v}
  self.map[k] = node
  self:_front(node)
  self.n = self.n + 1
end
function LRU:keys() local out, n = {}, self.head while n do out[#out + 1] = n.key; n = n.next end return table.concat(out, ",") end
local c = LRU.new(3)
c:put("a", 1); c:put("b", 2); c:put("c", 3)
print(c:keys(), c:get("a"), c:keys())
c:put("d", 4)
print(c:keys(), c:get("b"), c:get("c"))
c:put("a", 10); c:put("e", 5)
print(c:keys(), c:get("a"), c.hits, c.misses)
