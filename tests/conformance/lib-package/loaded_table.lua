-- §6.3 package.loaded holds the standard libraries
local names = {}
for k in pairs(package.loaded) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(package.loaded._G == _G, package.loaded.string == string, require("string") == string)
package.loaded.fake = "preset"
print(require("fake"))
