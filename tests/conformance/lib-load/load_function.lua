-- §6.1 load with a reader function
local parts = {"return ", "1", " + ", "41", nil}
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f())
local calls = 0
print(load(function() calls = calls + 1 if calls == 1 then return "return 'x'" end return "" end)(), calls)
-- a reader returning a number forever is omitted: numbers are strings to the reader (endless chunk)
print(pcall(load, function() return {} end))
print(pcall(load, function() error("reader failed") end))
print(type(load(function() return nil end)))
local chunks = {"local a", " = 5 ", "return a", " * 2"}
local k = 0
print(load(function() k = k + 1 return chunks[k] end, "=pieces")())
print(type(load(function() return end, "=empty")))
