-- §3.4.6 concatenation converts numbers
print(1 .. 2, 1.0 .. "", -0.0 .. "", 2^63 .. "", math.mininteger .. "")
print(pcall(function() return "a" .. {} end))
print(pcall(function() return nil .. "a" end))
print(pcall(function() return "a" .. true end))
print(("x"):rep(3) .. 1.5)
