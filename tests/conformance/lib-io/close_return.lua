-- §6.8 close returns true for regular files
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(f:close())
print(pcall(io.close))
os.remove(name)
