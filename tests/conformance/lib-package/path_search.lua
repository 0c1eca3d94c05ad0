-- §6.3 require from package.path with loader data
package.path = "./modules/?.txt"
package.cpath = ""
local m, path = require("mod_a")
print(m.name, m.path, m.answer, path)
print(require("mod_a") == m, select("#", require("mod_a")))
print(require("sub.inner"))
print(require("mod_nil"), MOD_NIL_LOADED, require("mod_nil"), MOD_NIL_LOADED)
print(require("mod_false"), package.loaded.mod_false)
