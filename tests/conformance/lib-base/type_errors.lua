-- §6.1 type and argument errors
print(type(nil), type(1), type("s"), type({}), type(print), type(true), type(coroutine.create(print)))
print(pcall(type))
print(type(type))
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, setmetatable({}, {__metatable = "locked"}), {}))
print(getmetatable(setmetatable({}, {__metatable = "locked"})))
print(getmetatable(1), getmetatable("s").__index == string, getmetatable(print))
