for w in string.gfind("one two", "%a+") do io.write(w, ";") end
print()
print(string.gfind == string.gmatch)
print(("x"):len(), string.len("abc"))
