-- §2.4 a small class system with inheritance and __tostring
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  c.new = function(...) local o = setmetatable({}, c); if o.init then o:init(...) end; return o end
  return c
end
local Shape = class()
function Shape:init(name) self.name = name end
function Shape:describe() return self.name .. " with area " .. string.format("%.2f", self:area()) end
Shape.__tostring = function(s) return "Shape(" .. s.name .. ")" end
local Circle = class(Shape)
function Circle:init(r) Shape.init(self, "circle"); self.r = r end
function Circle:area() return math.pi * self.r ^ 2 end
Circle.__tostring = Shape.__tostring
-- metamethods are raw fields of the metatable itself: Rect needs its own copy too
local Rect = class(Shape)
Rect.__tostring = Shape.__tostring
function Rect:init(w, h) Shape.init(self, "rect"); self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
for _, s in ipairs({Circle.new(1), Rect.new(2, 3), Circle.new(2.5)}) do print(tostring(s), s:describe()) end
