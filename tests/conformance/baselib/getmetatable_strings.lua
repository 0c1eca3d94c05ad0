-- §6.1 getmetatable on various types
print(getmetatable(nil), getmetatable(1), getmetatable(print), getmetatable({}))
print(type(getmetatable("")), getmetatable("").__index == string)
