local Heap = {}
Heap.__index = Heap
function Heap.new(cmp) return setmetatable({items = {}, size = 0, cmp = cmp or function(a, b) return a < b end}, Heap) end
function Heap:push(v)
  self.size = self.size + 1
  local items, i = self.items, self.size
  items[i] = v
  while i > 1 do
    local p = math.floor(i / 2)
    if self.cmp(items[i], items[p]) then items[i], items[p] = items[p], items[i]; i = p else break end
  end
end
function Heap:pop()
  if self.size == 0 then return nil end
  local items = self.items
  local top = items[1]
  items[1] = items[self.size]
  items[self.size] = nil
  self.size = self.size - 1
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= self.size and self.cmp(items[l], items[m]) then m = l end
    if r <= self.size and self.cmp(items[r], items[m]) then m = r end
    if m == i then break end
    items[i], items[m] = items[m], items[i]
    i = m
  end
  return top
end
local h = Heap.new()
for _, v in ipairs({5, 3, 8, 1, 9, 2, 7, 3}) do h:push(v) end
local out = {}
while h.size > 0 do out[#out + 1] = h:pop() end
print(table.concat(out, " "))
local tasks = Heap.new(function(a, b) if a.pri ~= b.pri then return a.pri > b.pri end return a.seq < b.seq end)
local seq = 0
for _, t in ipairs({{"write", 2}, {"read", 5}, {"idle", 0}, {"urgent", 9}, {"read2", 5}}) do
  seq = seq + 1
  tasks:push({name = t[1], pri = t[2], seq = seq})
end
while tasks.size > 0 do local t = tasks:pop(); io.write(t.name, "(", t.pri, ") ") end
print()
print(h:pop())
