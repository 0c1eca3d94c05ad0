-- §6.4.1 replacement strings with characters that are special in patterns
print(("a.b"):gsub("%.", "%%"))
print(("abc"):gsub("b", "$1^*"))
print(("abc"):gsub("b", "\0"):byte(1, -1))
print(("x"):gsub("x", "%%%%"))
