local t = {}
t[1] = "int"; t[1.0] = "float one"; t["1"] = "string one"
t[true] = "bool"; t[2.5] = "frac"
print(t[1], t["1"], t[true], t[2.5], t[5 / 2])
local k = {}
t[k] = "table key"
print(t[k], t[{}])
print(pcall(function() t[nil] = 1 end))
print(t[nil])
print(rawget(t, 1), rawlen and "has rawlen" or "no rawlen")
