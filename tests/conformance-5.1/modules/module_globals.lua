module("mymod", package.seeall)
x = 1
function f() return x + 1 end
print(_NAME, _M == mymod, f())
print(getfenv(1) == mymod, rawget(_G, "x"))
print(mymod.x, mymod.f())
module("other")
print(_NAME)
