-- §6.3 package.loaded holds the standard libraries
print(package.loaded.string == string, package.loaded._G == _G, package.loaded.math == math)
print(require("string") == string, require("table") == table)
print(pcall(require, "surely_missing_module_xyz") == false)
package.preload.mymod = function(name, extra) return {name = name, extra = extra} end
local m = require("mymod")
print(m.name, m.extra, require("mymod") == m)
print(type(package.path), type(package.cpath), package.config:sub(1, 1))
