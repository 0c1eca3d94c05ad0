package.path = "lib/?.txt;" .. package.path
local class = require("class")
local List = class("List")
function List:init(...) self.head, self.size = nil, 0; for i = select("#", ...), 1, -1 do self:push((select(i, ...))) end end
function List:push(v) self.head = {value = v, next = self.head}; self.size = self.size + 1; return self end
function List:pop()
  local h = self.head
  if not h then return nil end
  self.head, self.size = h.next, self.size - 1
  return h.value
end
function List:iter()
  local node = self.head
  return function()
    if node then local v = node.value; node = node.next; return v end
  end
end
function List:map(f) local out = {} for v in self:iter() do out[#out + 1] = f(v) end return List(unpack(out)) end
function List:reverse() local r = List() for v in self:iter() do r:push(v) end return r end
List.__tostring = function(l) local out = {} for v in l:iter() do out[#out + 1] = tostring(v) end return "(" .. table.concat(out, " ") .. ")" end
List.__concat = function(a, b) local out = {} for v in a:iter() do out[#out + 1] = v end for v in b:iter() do out[#out + 1] = v end return List(unpack(out)) end
List.__len = function(l) return l.size end
List.__eq = function(a, b) return tostring(a) == tostring(b) end
local unpack = unpack or table.unpack
local l = List(1, 2, 3)
print(tostring(l), l.size, tostring(l:reverse()), tostring(l:map(function(x) return x * x end)))
print(tostring(l .. List("a", "b")), l == List(1, 2, 3), l == List(3))
print(l:pop(), tostring(l), #l)
