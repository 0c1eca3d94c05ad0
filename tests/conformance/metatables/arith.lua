-- §2.4 arithmetic metamethods (__add __sub __mul __div __mod __pow __unm __idiv)
local mt = {}
local function V(x) return setmetatable({x = x}, mt) end
for _, e in ipairs({"add", "sub", "mul", "div", "mod", "pow", "idiv"}) do
  mt["__" .. e] = function(a, b)
    local av = type(a) == "table" and (a.x or "T") or a
    local bv = type(b) == "table" and (b.x or "T") or b
    return e .. "(" .. tostring(av) .. "," .. tostring(bv) .. ")"
  end
end
mt.__unm = function(a, b) return "unm(" .. a.x .. "," .. tostring(b == a) .. ")" end
local a = V(1)
print(a + 2, 3 - a, a * a, a / 4, a % 5, a ^ 6, a // 7, -a)
print(pcall(function() return {} + a end))
