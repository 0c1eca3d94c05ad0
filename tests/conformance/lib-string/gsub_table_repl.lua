-- §6.4.1 gsub with a table replacement
local t = {name = "Lua", version = 5.4, flag = false, n = 1}
print(string.gsub("$name $version $missing $flag", "%$(%w+)", t))
print(pcall(string.gsub, "abc", "%w", {a = 1, b = true}))
print(string.gsub("abc", "%w", {a = 1, b = false}))
print(pcall(string.gsub, "abc", "%w", {a = {}}))
print(string.gsub("hello", "", {}))
local mt = setmetatable({}, {__index = function(_, k) return k:upper() end})
print(string.gsub("abc def", "%w+", mt))
print(string.gsub("k1 k2", "(k)(%d)", {k = "K"}))
print(string.gsub("12", "%d", {[1] = "one"}))
print(string.gsub("12", "%d", {["1"] = "one"}))
