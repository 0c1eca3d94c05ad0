-- §6.4 the string library provides arithmetic metamethods for strings
print("10" + 5, "3" * "4", "2" ^ "3", "9" // 2, "9" % 4, -"7")
print(math.type("10" + 5), math.type("10.0" + 5))
print(pcall(function() return "a" + 1 end))
print(pcall(function() return "10" & 1 end))
