-- §6.4 string.dump + load round trips
local function add(a, b) return a + b end
local d = string.dump(add)
print(type(d), d:sub(1, 4) == "\27Lua", #d > 10)
local add2 = load(d)
print(add2(3, 4))
local function fact(n) if n <= 1 then return 1 end local r = 1 for i = 2, n do r = r * i end return r end
print(load(string.dump(fact))(10))
local complex = function(...)
  local t = {...}
  local s = ""
  for i, v in ipairs(t) do s = s .. tostring(v) .. (i < #t and "," or "") end
  return s, #t, 1.5, "str", nil, true, math.maxinteger
end
print(load(string.dump(complex))(1, "two", 3.0))
print(pcall(string.dump, print))
print(pcall(string.dump))
print(pcall(string.dump, {}))
