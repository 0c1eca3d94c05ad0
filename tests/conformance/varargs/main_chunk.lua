-- §3.4.11 the main chunk is a vararg function (arguments from the command line)
print(select("#", ...))
local a = ...
print(a)
print(type(arg), arg[0])
