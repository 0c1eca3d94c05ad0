-- §3.4.6 number to string conversion in concatenation
print(1 .. "", 1.0 .. "", 1e100 .. "", -0.0 .. "", 2^63 .. "", math.mininteger .. "")
print(0.1 .. "", (1/3) .. "", 100 // 1.0 .. "")
