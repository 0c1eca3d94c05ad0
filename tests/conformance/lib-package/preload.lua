-- §6.3 require with package.preload
package.preload.mymod = function(name, extra) print("loading", name, extra) return {value = 1} end
local m, data = require("mymod")
print(m.value, data)
print(require("mymod") == m, package.loaded.mymod == m)
package.preload.nothing = function() end
print(require("nothing"), package.loaded.nothing)
package.preload.falsy = function() return false end
print(require("falsy"), package.loaded.falsy)
print(require("falsy"))
