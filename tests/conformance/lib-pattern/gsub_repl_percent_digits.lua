-- §6.4.1 replacement string %d with whole match when no captures
print(("abc"):gsub("b", "[%0]"), ("abc"):gsub("b", "[%1]"))
print(pcall(string.gsub, "abc", "b", "[%2]"))
print(("abc"):gsub("(b)", "%%1"))
print(pcall(string.gsub, "abc", "b", "%a"))
print(pcall(string.gsub, "abc", "b", "x%"))
print(pcall(string.gsub, "abc", "(a)(b)(c)", "%9"))
print(("abc"):gsub("(a)(b)(c)", "%3"))
