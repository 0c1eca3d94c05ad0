-- §6.8 opening and reading a directory
local f, e, n = io.open(".", "r")
print(io.type(f), e, n)
if f then print(f:read("a")) print(f:read(1)) f:close() end
print(io.open(".", "w"))
print(io.open(".", "a"))
