package.path = "mods/?.txt"
package.cpath = ""
local ok, err = pcall(require, "nonexistent")
print(ok)
print(err)
print(pcall(require, "broken"))
print(pcall(require, "raising"))
print(type(package.loaded.raising), package.loaded.broken)
