-- §3.1 names are case sensitive; keywords are reserved
local And, AND, _and = 1, 2, 3
print(And, AND, _and)
local _ = 10; local __x9 = 11
print(_, __x9)
print(load("local and = 1"))
print(load("local goto = 1"))
local t = {["end"] = 1, ["nil"] = 2}
print(t["end"], t["nil"])
