-- Lua 5.5 §8.1: __call chains, __close arguments, error positions
local u = table.pack
for i = 1, 15 do u = setmetatable({i}, {__call = u}) end
print(u("a").n)
local a = {}
for i = 1, 16 do a = setmetatable({}, {__call = a}) end
print(pcall(a))
print(pcall(function() return a() end))
local function x(...) return debug.getinfo(1, "t").extraargs, select("#", ...) end
for i = 0, 3 do print(x()) x = setmetatable({}, {__call = x}) end
print(debug.getinfo(print, "t").extraargs)
do
  local n
  do local v <close> = setmetatable({}, {__close = function(...) n = select("#", ...) end}) end
  print("closed with", n)
  print(pcall(function()
    local v <close> = setmetatable({}, {__close = function(...) n = select("#", ...) end})
    error("boom")
  end), n)
end
local f = load(string.dump(function(a) return a + 1 end, true))
print(pcall(f, {}))
print(pcall(load("local t = {} t:_012345678901234567890123456789012345678901234567890123456789()")))
print(pcall(load("local t = {} t:m()")))
print(select(2, pcall(error, "hi", 0)))
print((string.gsub(debug.traceback("tb", 1), "\n.*", "")))
print((debug.traceback("x", 0):match("traceback'")))
