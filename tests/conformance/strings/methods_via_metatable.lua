-- §6.4 strings have a metatable whose __index is the string table
local s = "Hello"
print(s:len(), s:upper(), s:lower(), s:sub(2, 3), s:rep(2, ","))
print(("%d-%s"):format(1, "x"), #getmetatable("").__index == nil)
print(getmetatable("").__index == string)
print(("abc"):byte(-1), ("x"):reverse())
print(pcall(function() return ("x"):nosuch() end))
