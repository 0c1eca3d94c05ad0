-- §6.3 a module requiring itself sees no entry in package.loaded yet
package.preload.selfreq = function(name)
  print("loading", name, package.loaded[name])
  return "ok"
end
print(require("selfreq"))
package.preload.sentinel = function(name)
  package.loaded[name] = "set inside"
end
print(require("sentinel"))
package.preload.override = function(name)
  package.loaded[name] = "inside"
  return "returned"
end
print(require("override"))
