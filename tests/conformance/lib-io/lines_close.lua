-- §6.8 io.lines closes the file at EOF; file:lines does not
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("1\n2\n") f:close()
local n = 0
for l in io.lines(name) do n = n + 1 end
print(n)
f = assert(io.open(name))
for l in f:lines() do end
print(io.type(f), f:read("a") == "")
f:close()
local it, a, b, c = io.lines(name)
print(type(it), a, b, io.type(c))
os.remove(name)
