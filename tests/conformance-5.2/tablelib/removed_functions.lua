print(table.getn, table.setn, table.foreach, table.foreachi)
print(type(table.maxn), type(unpack), type(loadstring), type(setfenv), type(getfenv), type(math.mod))
print(type(string.gfind), type(math.ldexp), type(math.log10), type(module), type(table.pack))
