package.path = "lib/?.txt;" .. package.path
local class = require("class")
local Point = class("Point")
function Point:init(x, y) self.x, self.y = x or 0, y or 0 end
function Point:len2() return self.x * self.x + self.y * self.y end
function Point.__tostring(p) return "Point(" .. p.x .. ", " .. p.y .. ")" end
function Point.__eq(a, b) return a.x == b.x and a.y == b.y end
function Point.__add(a, b) return Point(a.x + b.x, a.y + b.y) end
local p, q = Point(1, 2), Point:new(3, 4)
print(tostring(p), tostring(q), tostring(p + q), p:len2(), q:len2())
print(p == Point(1, 2), p == q, tostring(Point()))
print(tostring(Point), Point.name, Point.super == class.Object)
print(p:is_a(Point), p:is_a(class.Object), class.isinstance(p, Point), class.isinstance(5, Point))
print(p:class() == Point, rawget(p, "len2"), type(p.len2))
