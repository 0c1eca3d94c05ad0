-- §6.4.1 string.gmatch with init (5.4)
local function all(s, p, i)
  local out = {}
  for a, b in string.gmatch(s, p, i) do out[#out + 1] = tostring(a) .. (b and ("/" .. tostring(b)) or "") end
  return table.concat(out, ",")
end
print(all("abcabc", "a", 2), all("abcabc", "a", -3), all("abcabc", "a", 100), all("abcabc", "a", -100))
print(all("hello world", "%a+", 3))
print(all("a1b2c3", "(%a)(%d)", 3))
print(all("abc", "()", 2))
print(all("aaa", "a*", 1))
print(all("", ".*"))
local it = string.gmatch("x y", "%a")
print(it(), it(), it(), it())
print(pcall(string.gmatch, "x"))
print(pcall(function() return type(string.gmatch("x", "[a")) end))
local ok, e = pcall(function() for x in string.gmatch("abc", "[a") do end end)
print(ok, e)
