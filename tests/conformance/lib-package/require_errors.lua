-- §6.3 errors from loading or running a module
package.path = "./modules/?.txt"
package.cpath = ""
print(pcall(require, "mod_err"))
print(pcall(require, "mod_syntax"))
print(package.loaded.mod_err, package.loaded.mod_syntax)
