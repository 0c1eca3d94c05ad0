-- §6.3 package.loadlib cannot load C libraries in this fixture
local f, err, where = package.loadlib("./no_such_library.so", "luaopen_x")
print(f, err, where)
print(pcall(package.loadlib))
