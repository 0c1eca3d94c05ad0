-- §6.1 load: a reader may return numbers (lua_isstring; converted as tostring), a non-string non-function chunk
-- is a "function expected" error, and the chunk name ends at an embedded "\0" (it reaches lua_load as a C
-- string). Found checking issue 12's list against Lua 5.4.8.
local parts = {"return ", 1, 2, " + ", 3.5}
local i = 0
local f = load(function () i = i + 1 return parts[i] end)
print(f and f())
print(pcall(load, nil))
print(pcall(load, true))
print(load("x = ", "a\0b"))
print(load("x = ", "=a\0b"))
