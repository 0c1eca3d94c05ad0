-- §6.3 package.config
print(package.config)
local dirsep, pathsep, mark = package.config:match("^(.)\n(.)\n(.)\n")
print(dirsep, pathsep, mark)
