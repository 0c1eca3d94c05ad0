-- §3.4.3 strings are converted to numbers in arithmetic
print("10" + 1, "10" * "2", "3.5" + 1, "0x10" + 0, " 5 " * 2)
print(math.type("10" + 1), math.type("10" + 1.0), math.type("1e1" + 0))
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return {} + 1 end))
print(10 .. 20, 1.5 .. "", -0.0 .. "", 2^63 .. "")
print("10" // "3", "7" % "2", -"2", - "2.0")
print(pcall(function() return "1" & 3 end), pcall(function() return "1.5" | 0 end))
