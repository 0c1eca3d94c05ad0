-- §6.3 the error lists every path tried
package.path = "./modules/?.txt;./nope/?.lua;./x/?/init.lua"
package.cpath = "./nope/?.so"
print(pcall(require, "missing.module"))
package.path = ""
package.cpath = ""
print(pcall(require, "other"))
print(pcall(require))
print(pcall(require, {}))
