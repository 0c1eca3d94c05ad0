-- §6.4 string.format conversions
print(string.format("%d %5d %-5d| %05d %+d", 42, 42, 42, 42, 42))
print(string.format("%x %X %#x %o %c", 255, 255, 255, 8, 65))
print(string.format("%f %.2f %10.3f %-10.1f| %e %.3E", 3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012))
print(string.format("%g %g %g %g %.3g", 100000, 1000000, 0.0001, 0.00001, 3.14159))
print(string.format("%s %10s %-10s| %.2s", "abc", "abc", "abc", "abc"))
print(string.format("%%"), string.format("%5.1s|", "xyz"))
print(string.format("%i", 7), string.format("%u", 7))
