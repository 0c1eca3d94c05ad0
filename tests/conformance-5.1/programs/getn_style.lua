-- code in the style of Lua 5.0/5.1 libraries: table.getn, unpack, string.gfind, math.mod
local function map(t, f)
  local out = {}
  for i = 1, table.getn(t) do table.insert(out, f(t[i])) end
  return out
end
local function sum(...)
  local s = 0
  for i = 1, arg.n do s = s + arg[i] end
  return s
end
local nums = map({1, 2, 3, 4}, function(x) return x * x end)
print(table.getn(nums), unpack(nums))
print(sum(unpack(nums)))
local words = {}
for w in string.gfind("alpha beta gamma", "%a+") do table.insert(words, w) end
print(table.concat(words, "+"), table.getn(words))
print(math.mod(17, 5), math.floor(17 / 5))
local t = {n = 2, "a", "b", "c"}
print(table.getn(t))
