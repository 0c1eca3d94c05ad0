-- §6.4 long results from format
local s = string.format("%s|%s", ("a"):rep(1000), ("b"):rep(1000))
print(#s, s:sub(999, 1003))
print(#string.format("%099d", 7), string.format("%-99s", "x"):sub(-3) == "   ")
print(#string.format("%.99f", 1e300))
print(string.format("%5s%5s%5s", "a", "bb", "ccc"))
