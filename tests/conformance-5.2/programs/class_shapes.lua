package.path = "lib/?.txt;" .. package.path
local class = require("class")
local Shape = class("Shape")
Shape.abstract = true
function Shape:init(name) self.label = name end
function Shape:area() error("area not implemented for " .. self:class().name) end
function Shape:report() return string.format("%-10s %8.2f", self.label, self:area()) end
local Circle = class("Circle", Shape)
Circle.abstract = false
function Circle:init(r) Shape.init(self, "circle"); self.r = r end
function Circle:area() return math.pi * self.r ^ 2 end
local Rect = class("Rect", Shape)
Rect.abstract = false
function Rect:init(w, h) Shape.init(self, "rect"); self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
local Square = class("Square", Rect)
function Square:init(s) Rect.init(self, s, s); self.label = "square" end
local Blob = class("Blob", Shape)
Blob.abstract = false
local shapes = {Circle(1), Rect(2, 3.5), Square(4), Circle(0.5)}
local total = 0
for _, s in ipairs(shapes) do print(s:report()); total = total + s:area() end
print(string.format("total %.3f", total))
table.sort(shapes, function(a, b) return a:area() < b:area() end)
for _, s in ipairs(shapes) do io.write(s.label, " ") end
print()
print(pcall(Shape, "x"))
print(pcall(function() return Blob("b"):report() end))
