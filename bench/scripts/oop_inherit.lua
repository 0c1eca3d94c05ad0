-- OOP with __index chains: a three-level class hierarchy, setmetatable per object, methods found through the chain.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, parent) end
  return c
end

local Shape = class()
function Shape.new(x, y) return setmetatable({x = x, y = y, hits = 0}, Shape) end
function Shape:move(dx, dy) self.x = self.x + dx; self.y = self.y + dy end
function Shape:touch() self.hits = self.hits + 1; return self.hits end
function Shape:area() return 0 end
function Shape:describe() return self:kind() .. ":" .. self:area() end
function Shape:kind() return "shape" end

local Rect = class(Shape)
function Rect.new(x, y, w, h)
  local o = setmetatable({x = x, y = y, hits = 0}, Rect)
  o.w, o.h = w, h
  return o
end
function Rect:area() return self.w * self.h end
function Rect:kind() return "rect" end

local Square = class(Rect)
function Square.new(x, y, s)
  local o = setmetatable({x = x, y = y, hits = 0}, Square)
  o.w, o.h = s, s
  return o
end
function Square:kind() return "square" end
function Square:grow(d) self.w = self.w + d; self.h = self.h + d end

local total, moves, kinds = 0, 0, 0
for round = 1, 250 do
  local shapes = {}
  for i = 1, 2000 do
    local m = i % 3
    if m == 0 then shapes[i] = Shape.new(i, round)
    elseif m == 1 then shapes[i] = Rect.new(i, round, i % 7 + 1, i % 5 + 1)
    else shapes[i] = Square.new(i, round, i % 9 + 1) end
  end
  for step = 1, 5 do
    for i = 1, #shapes do
      local s = shapes[i]
      s:move(step, -step)          -- Shape method, found 0-2 levels up
      total = total + s:area()     -- overridden at different levels
      moves = moves + s:touch()
      if s.grow then s:grow(1) end -- a missing field walks the whole chain
    end
  end
  for i = 1, #shapes, 50 do kinds = kinds + #shapes[i]:describe() end
end
print(total, moves, kinds)
