-- §6.4.1 realistic substitutions
local csv = "name, age ,city"
print((csv:gsub("%s*,%s*", ",")))
local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end
print("[" .. trim("   padded   ") .. "]")
local camel = ("hello_big_world"):gsub("_(%a)", function(c) return c:upper() end)
print(camel)
print((("CamelCaseString"):gsub("(%u)", function(c) return "_" .. c:lower() end)))
print(("%d items"):gsub("%%d", "5"))
