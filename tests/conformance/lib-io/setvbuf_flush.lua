-- §6.8 setvbuf and flush
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(f:setvbuf("no"), f:setvbuf("full", 1024), f:setvbuf("line"))
print(pcall(f.setvbuf, f, "bogus"))
print(f:flush() == f, io.flush() == io.stdout)
f:close()
os.remove(name)
