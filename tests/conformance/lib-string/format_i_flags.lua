-- §6.4 %i behaves as %d
print(string.format("[%i][%5i][%-5i][%05i][%+i][% i][%.3i]", 1, 2, 3, 4, 5, 6, 7))
print(string.format("%i", "12"), string.format("%i", 3.0), pcall(string.format, "%i", 3.5))
