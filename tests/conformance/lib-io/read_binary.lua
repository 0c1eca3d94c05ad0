-- §6.8 binary data round-trips
local name = os.tmpname()
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local data = table.concat(t) .. "\r\n\0\r"
local f = assert(io.open(name, "wb")) f:write(data) f:close()
f = assert(io.open(name, "rb"))
local back = f:read("a")
print(#back, back == data)
f:seek("set", 10)
print(f:read(3):byte(1, -1))
f:close()
for l in io.lines(name) do io.write(#l, " ") end print()
os.remove(name)
