-- §6.4.1 gsub anchored patterns replace at most once
print(("aaa"):gsub("^a", "b"))
print(("aaa"):gsub("^a*", "b"))
print(("hello world"):gsub("(%w+) (%w+)", "%2 %1"))
print(("abc"):gsub("%w", "%0%0"))
print(("abc"):gsub("", ""))
print(("x = 1, y = 2"):gsub("(%w+) = (%w+)", "%2 = %1"))
print(string.gsub("hello", "(l)(l)", function(a, b) return a:upper() .. b end))
