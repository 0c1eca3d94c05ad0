-- §6.4 string conversion of numbers
print(1, 1.0, -0.0, 1e15, 1e16, 1e100, 2^63, -2^63, 0.1, 1/3)
print(100 // 1.0, 3 / 2, 7 // 2, 2^53, math.maxinteger + 0.0)
print(tostring(1e300 * 1e10), tostring(-1e300 * 1e10))
print(12345678901234567890)
print(0x7fffffffffffffff, 0xffffffffffffffff, 0x10000000000000000)
print(1e-300 * 1e-300, 5e-324, 2.5e-310)
print(123456789012.0, 0.1 + 0.2, 100.0, -100.25)
