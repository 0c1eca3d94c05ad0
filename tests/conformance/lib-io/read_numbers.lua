-- §6.8 reading numbers: hex, exponents, signs, limits
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("0x1F -7 +3.5e2 .5 5. 0x.8p1 1e 12abc 0x -  9\n1e+ 2")
f:close()
f = assert(io.open(name))
for i = 1, 12 do
  local v = f:read("n")
  io.write(tostring(v), "(", math.type(v) or "-", ") ")
  if v == nil then io.write("[", tostring(f:read(1)), "] ") end
end
print()
f:close()
f = assert(io.open(name, "w"))
f:write(string.rep("1", 250), " 2")
f:close()
f = assert(io.open(name))
print(f:read("n"), f:read("n"))
f:close()
os.remove(name)
