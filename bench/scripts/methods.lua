-- Method calls through metatables (__index to a class table).
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:add(o) return Point.new(self.x + o.x, self.y + o.y) end
function Point:norm1() return math.abs(self.x) + math.abs(self.y) end
local acc = Point.new(0, 0)
local step = Point.new(1, -1)
local total = 0
for i = 1, 3000000 do
  acc = acc:add(step)
  if i % 1000 == 0 then total = total + acc:norm1() end
end
print(total, acc.x, acc.y)
