-- §6.4 zero padding and space flags with negative numbers
print(string.format("[%05d][%05.1f][% 5d][% 05d][%-05d]", -42, -4.25, -42, 42, 7))
print(string.format("[%+05d][%+.3d][% .3d][%05x][%05o]", 3, 3, 3, 255, 8))
print(pcall(string.format, "[%05s]", "ab"))
