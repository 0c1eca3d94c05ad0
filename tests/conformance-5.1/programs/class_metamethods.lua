package.path = "lib/?.txt;" .. package.path
local class = require("class")
local Money = class("Money")
function Money:init(cents, cur) self.cents, self.cur = cents, cur or "EUR" end
Money.__add = function(a, b)
  assert(a.cur == b.cur, "currency mismatch")
  return Money(a.cents + b.cents, a.cur)
end
Money.__mul = function(a, k) return Money(a.cents * k, a.cur) end
Money.__unm = function(a) return Money(-a.cents, a.cur) end
Money.__concat = function(a, b) return tostring(a) .. tostring(b) end
Money.__tostring = function(m)
  local sign = m.cents < 0 and "-" or ""
  local c = math.abs(m.cents)
  return string.format("%s%d.%02d %s", sign, math.floor(c / 100), c % 100, m.cur)
end
Money.__lt = function(a, b) return a.cents < b.cents end
Money.__len = function(m) return m.cents end
local Coupon = class("Coupon", Money)
function Coupon:init(cents, code) Money.init(self, cents); self.code = code end
local a, b = Money(1050), Money(295)
print(tostring(a + b), tostring(a * 3), tostring(-b), a .. b)
print(b < a, a < b)
local c = Coupon(500, "SAVE5")
print(tostring(c), tostring(c + a), c.code, c < a)
print(pcall(function() return a + Money(1, "USD") end))
class.metamethod(Money, "__tostring", function(m) return m.cents .. "c" end)
print(tostring(a), tostring(c))
print(#a)
