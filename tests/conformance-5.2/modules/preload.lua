package.preload["virtual"] = function(name)
  print("loading", name)
  return {name = name}
end
local v = require("virtual")
print(v.name, require("virtual") == v)
package.preload["nothing"] = function() end
print(require("nothing"), package.loaded.nothing)
package.preload["falsy"] = function() return false end
print(require("falsy"), package.loaded.falsy)
