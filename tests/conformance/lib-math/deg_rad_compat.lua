-- §6.7 math.deg and math.rad; compat functions present in lua5.4 built with LUA_COMPAT_MATHLIB
print(math.deg(math.pi), math.rad(180), math.deg(1), math.rad(1), math.deg(0), math.type(math.deg(1)))
print(math.pow(2, 10), math.pow(2, 0.5), math.log10(1000), math.cosh(0), math.sinh(0), math.tanh(0))
print(math.frexp(8), math.frexp(0.3), math.frexp(-5), math.frexp(0), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, 1024), math.ldexp(3, 2.0))
print(math.atan2(1, 1) == math.atan(1, 1), pcall(math.ldexp, 1, 1.5))
print(pcall(math.deg, "x"))
print(pcall(math.rad))
