local _a, a_1, A = 1, 2, 3
print(_a, a_1, A)
local t = {["and"] = 1, ["end"] = 2}
print(t["and"], t["end"])
local ok, err = pcall(loadstring or load, "local end = 1")
print(ok, err ~= nil)
print(type(nil), type(true), type(1), type("s"), type({}), type(print))
