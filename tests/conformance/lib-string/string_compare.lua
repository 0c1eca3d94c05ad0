-- §3.4.4 string comparison is bytewise
print("a" < "b", "a" < "ab", "" < "a", "Z" < "a", "a\0b" < "a\0c", "a\0" > "a")
print("10" < "9", "abc" <= "abc", "abc" >= "abd")
print(pcall(function() return "1" < 2 end))
print(pcall(function() return {} < "x" end))
print("\255" > "\127", "é" > "e")
