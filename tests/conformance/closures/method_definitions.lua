-- §3.4.11 function t.a.b:m() syntax and implicit self
local t = {a = {b = {}}}
function t.a.b.f(x) return x end
function t.a.b:m(x) return self == t.a.b, x end
print(t.a.b.f(1), t.a.b:m(2))
print(t.a.b.m(t, 3))
local obj = {v = 5}
function obj:get() return self.v end
print(obj:get(), obj.get({v = 6}))
