-- §2.4 bitwise metamethods (__band __bor __bxor __shl __shr __bnot)
local mt = {}
for _, e in ipairs({"band", "bor", "bxor", "shl", "shr"}) do
  mt["__" .. e] = function(a, b) return e end
end
mt.__bnot = function(a) return "bnot" end
local o = setmetatable({}, mt)
print(o & 1, 1 | o, o ~ o, o << 1, 1 >> o, ~o)
print(pcall(function() return 1.5 & o end))
print(pcall(function() return {} & 1 end))
print(pcall(function() return 1.5 & 1 end))
