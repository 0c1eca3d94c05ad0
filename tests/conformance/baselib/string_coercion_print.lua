-- §3.4.3 integer-valued floats print with .0; integers convert exactly
print(3 / 1, 3 // 1, 2^2, 7 // 2.0, 1e3, 10 * 1.0, 0x10)
print(string.rep("-", 3) .. 1 .. 2.0)
