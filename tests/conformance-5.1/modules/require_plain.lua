package.path = "mods/?.txt;" .. package.path
local plain = require("plain")
print(plain.greet("lua"), plain.loaded_with)
print(require("plain") == plain, package.loaded["plain.loads"])
package.loaded.plain = nil
local again = require("plain")
print(again ~= plain, package.loaded["plain.loads"])
