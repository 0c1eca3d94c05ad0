-- §2.1 any value except nil and NaN can be a key
local k1, k2 = {}, function() end
local t = {[k1] = "table", [k2] = "function", [true] = "bool", [false] = "false"}
print(t[k1], t[k2], t[true], t[false], t[{}])
t[k1] = nil
print(t[k1])
