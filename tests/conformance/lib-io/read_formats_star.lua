-- §6.8 5.3-style formats with '*' still work
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("12\nline\nrest") f:close()
f = assert(io.open(name))
print(f:read("*n"), f:read("*l"), f:read("*L"), f:read("*a"))
f:close()
os.remove(name)
