-- §6.8 failure results carry message and errno
local name = "no_such_dir_tycho/x.txt"
local r = table.pack(io.open(name))
print(r.n, r[1], r[2], r[3])
r = table.pack(os.remove(name))
print(r.n, r[1], r[2], r[3])
r = table.pack(io.open(".", "w"))
print(r.n, r[1], r[2], r[3])
local f = io.open(".")
print(io.type(f))
if f then print(f:read("l")) f:close() end
