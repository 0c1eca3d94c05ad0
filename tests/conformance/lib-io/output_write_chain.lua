-- §6.8 io.write returns the output file, allowing chains
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("a"):write("b"):write(1, 2):write()
f:close()
for l in io.lines(name) do print(l) end
print(io.write("") == io.output())
os.remove(name)
