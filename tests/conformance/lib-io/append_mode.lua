-- §6.8 append mode writes at the end
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("start") f:close()
f = assert(io.open(name, "a")) f:write("+more") f:close()
f = assert(io.open(name, "a+")) f:write("+x") f:seek("set") print(f:read("a")) f:close()
f = assert(io.open(name, "r+")) f:write("S") f:seek("set") print(f:read("a")) f:close()
f = assert(io.open(name, "w+")) print(f:read("a") == "") f:close()
os.remove(name)
