-- §6.8 file:write formats numbers like %.14g / %d
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write(1, " ", 1.0, " ", -0.0, " ", 1e100, " ", 2^63, " ", math.mininteger, " ", 1/3, "\n")
f:close()
f = assert(io.open(name))
print(f:read("a"))
f:close()
os.remove(name)
