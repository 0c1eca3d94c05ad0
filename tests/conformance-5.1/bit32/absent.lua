print(bit32, bit, type(bit32))
print(pcall(function() return bit32.band(1, 1) end))
