-- §6.8 read(0) tests for end of file
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("ab") f:close()
f = assert(io.open(name))
print(f:read(0), f:read(2), f:read(0), f:read(1), f:read("l"), f:read("L"), f:read("a"))
f:close()
os.remove(name)
