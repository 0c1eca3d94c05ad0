print(table.pack, table.unpack, rawlen, bit32, package.searchpath, string.gfind ~= nil)
print(type(module), type(setfenv), type(getfenv), type(unpack), type(math.mod), type(math.log10), type(newproxy))
print(package.loaders ~= nil, package.searchers, package.config ~= nil)
