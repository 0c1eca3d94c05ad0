-- §6.1 _G, _VERSION and the global environment
print(_VERSION, _G._G == _G, _G.print == print)
x_global = 5
print(_G.x_global, rawget(_G, "x_global"))
_G.y_global = 6
print(y_global)
