-- §3.1 numeric constants: decimal, hex, exponents, hex floats
print(3, 345, 0xff, 0xBEBADA)
print(3.0, 3.1416, 314.16e-2, 0.31416E1, 34e1)
print(0x0.1E, 0xA23p-4, 0X1.921FB54442D18P+1)
print(.5, 5., 1e2, 1E+2, 1e-2)
print(math.type(1), math.type(1.0), math.type(1e2), math.type(0x10))
print(0xffffffffffffffff, 0x7fffffffffffffff + 0)
print(9223372036854775807, 9223372036854775808, -9223372036854775808)
print(1e308 * 10, -1e308 * 10)
