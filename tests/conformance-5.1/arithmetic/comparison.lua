print(1 < 2, 2 <= 2, 3 > 4, "a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print("10" < "9", 10 < 9)
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < {} end))
print(1 == 1.0, "1" == 1, nil == false)
local t = {}
print(t == t, {} == {})
