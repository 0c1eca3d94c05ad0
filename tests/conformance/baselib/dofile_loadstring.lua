-- §6.1 dofile and loadfile on missing files
print(loadfile("no-such-file.lua"))
print(pcall(dofile, "no-such-file.lua"))
print(loadstring, setfenv, unpack)
