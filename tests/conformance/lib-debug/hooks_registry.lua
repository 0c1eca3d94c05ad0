-- §6.10 sethook/gethook and the registry
print(debug.gethook())
debug.sethook()
print(debug.gethook())
print(type(debug.getregistry()))
print(debug.setcstacklimit(100))
print(debug.getuservalue(1), debug.getuservalue(io.stdout))
print(pcall(debug.setuservalue, {}, 1))
