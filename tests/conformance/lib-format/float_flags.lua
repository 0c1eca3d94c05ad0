-- §6.4 float flags #, 0, space, +
print(string.format("%#.0f %#.0e %#g %#.3g", 1, 1, 1, 1))
print(string.format("%+.2f % .2f %08.2f %-8.2f| %+08.2f", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159))
print(string.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(string.format("%.20f", 0.1))
print(string.format("%.15g %.16g %.17g", 0.1, 0.1, 0.1))
print(string.format("%G %E", 1e-10, 12345.6789))
print(string.format("%5.3s|%.0s|%-5.1s|", "abcdef", "abc", "xyz"))
print(string.format("%f", 10), string.format("%.3f", "1.5"), string.format("%e", 100))
