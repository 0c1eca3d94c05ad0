-- §3.4.11 function declaration forms and errors
print(load("local function a.b() end"))
print(load("function a:b:c() end"))
print(load("function (x) end"))
print(load("local function f(x,) end"))
print(load("return function() end") ~= nil)
