print(tonumber("ff", 16), tonumber("FF", 16), tonumber("777", 8), tonumber("1010", 2))
print(tonumber("zz", 36), tonumber("10", 36), tonumber("9", 8))
print(tonumber("  12  ", 10), tonumber("1.5", 10), tonumber("-ff", 16))
print(pcall(function() return tonumber() end))
