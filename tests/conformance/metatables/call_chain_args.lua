-- §2.4 __call receives the called object first
local o = setmetatable({name = "obj"}, {__call = function(self, ...) return self.name, select("#", ...), ... end})
print(o())
print(o(nil, nil))
print(o(1, 2, 3))
local t = {o = o}
print(t.o("x"))
