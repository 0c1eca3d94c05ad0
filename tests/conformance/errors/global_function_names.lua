-- §2.3 functions reached through globals are named "global 'f'" in argument errors
function myfunc(x) return string.rep(x) end
print(pcall(myfunc))
local function loc(t) return t.x.y end
print(pcall(loc, {}))
print(pcall(function() local m = {}; m.deep = {} ; return m.deep.er.est end))
