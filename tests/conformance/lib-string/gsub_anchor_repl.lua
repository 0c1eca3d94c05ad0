-- §6.4.1 gsub anchored with function replacement returning nil
print(("abc"):gsub("^.", function(c) return nil end))
print(("abc"):gsub("^(.)", "%1%1"))
print(("  x  "):gsub("^%s+", ""))
print(("  x  "):gsub("%s+$", ""))
