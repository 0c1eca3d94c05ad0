-- §3.1 long brackets: first newline skipped, levels, no escapes
local a = [[
line1
line2]]
print(a, #a)
print([==[a]]b]=]c]==])
print([[\n is not an escape]])
local b = [[

x]]
print(#b, b:byte(1))
print([[]] == "")
