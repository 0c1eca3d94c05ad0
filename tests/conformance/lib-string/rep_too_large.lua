-- §6.4 string.rep result too large
print(pcall(string.rep, "x", math.maxinteger))
print(pcall(string.rep, "ab", math.maxinteger // 2 + 1))
print(pcall(string.rep, "x", 1 << 40, "y"))
-- string.rep("", maxinteger) is omitted: lua5.4 loops maxinteger times copying nothing
