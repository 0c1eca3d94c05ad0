-- §3.4.12 multiple results are adjusted: truncated in the middle, expanded at the end
local function f() return 1, 2, 3 end
local function none() end
print(f(), f())
print((f()))
print(f(), "x")
print(({f(), f()})[4], #{f(), none()}, #{none(), f()})
local a, b, c, d = f()
print(a, b, c, d)
print(none() == nil, select("#", none()), select("#", (none())))
