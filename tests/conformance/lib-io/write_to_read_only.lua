-- §6.8 writing to a file opened for reading fails with a message
local name = os.tmpname()
local f = assert(io.open(name, "r"))
local ok, msg, code = f:write("x")
print(ok, msg, code)
print(f:read("a"))
f:close()
os.remove(name)
