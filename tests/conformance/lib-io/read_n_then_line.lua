-- §6.8 reading a number leaves the rest of the line
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("12 34\n56abc\n0x") f:close()
f = assert(io.open(name))
print(f:read("n"), f:read("l"))
print(f:read("n"), f:read("l"))
print(f:read("n"), f:read("a"))
f:close()
os.remove(name)
