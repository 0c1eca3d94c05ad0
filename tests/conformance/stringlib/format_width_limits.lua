-- §6.4 format widths and precision up to 99
print(string.format("%99d", 1):len(), string.format("%.99f", 1):len())
print(pcall(string.format, "%100d", 1))
print(string.format("%-3c|", 65), string.format("%3c|", 66))
