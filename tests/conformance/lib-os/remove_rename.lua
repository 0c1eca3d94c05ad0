-- §6.9 os.remove and os.rename on missing files
print(os.remove("no_such_file_here.txt"))
print(os.rename("no_such_file_here.txt", "other_name.txt"))
print(pcall(os.remove))
print(pcall(os.rename, "a"))
local name = os.tmpname()
local f = io.open(name, "w") f:write("x") f:close()
local name2 = name .. ".renamed"
print(os.rename(name, name2))
print(io.open(name) == nil, io.open(name2) ~= nil)
print(os.remove(name2))
print(select("#", os.remove(name2)), select(3, os.remove(name2)))
