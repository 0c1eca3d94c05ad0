-- §6.3 package.searchers
print(type(package.searchers), #package.searchers)
for i, s in ipairs(package.searchers) do io.write(type(s), " ") end print()
print(package.searchers[1]("nonexistent_preload"))
package.preload.pp = function() return "pp" end
print(type(package.searchers[1]("pp")), select(2, package.searchers[1]("pp")))
package.path = "./modules/?.txt"
local loader, where = package.searchers[2]("mod_a")
print(type(loader), where)
print(package.searchers[2]("zzz"))
table.insert(package.searchers, 2, function(name) if name == "virtual" then return function(n, x) return "virtual:" .. n .. ":" .. tostring(x) end, "vdata" end return "\n\tno virtual " .. name end)
print(require("virtual"))
package.cpath = ""
print(pcall(require, "absent"))
