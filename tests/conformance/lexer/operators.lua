-- §3.1 all operator tokens
local a, b = 7, 2
print(a + b, a - b, a * b, a / b, a % b, a ^ b, -a, a // b)
print(a & b, a | b, a ~ b, ~a, a << b, a >> b)
print(a == b, a ~= b, a <= b, a >= b, a < b, a > b)
print("x" .. "y", #"abc", not nil)
local t = {f = function(self, v) return v end}
print(t:f(5), t.f(t, 6), t["f"](t, 7))
