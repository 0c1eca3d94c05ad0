-- §6.4 numeric formats with integers and floats
print(string.format("%d", 3.0), string.format("%x", -1), string.format("%5.2f", 2))
print(string.format("%.0f", 0.5), string.format("%.0f", 1.5), string.format("%.0f", 2.5))
print(string.format("%.14g", 0.1), string.format("%.17g", 0.1), string.format("%.3f", -0.0))
print(string.format("%g", 1e20), string.format("%g", 2^53), string.format("%g", -1/0))
print(string.format("%d", math.mininteger), string.format("%x", math.mininteger))
print(string.format("%10.4f|%-10.4f|%+.1e", math.pi, math.pi, math.pi))
