-- §6.4 extra arguments are ignored; %% needs none
print(string.format("x", 1, 2, 3), string.format("%%", 1), string.format("%% %d", 5))
print(string.format("%s-%s", "a", "b", "c"))
print(string.format("no conversions"), string.format(""))
print(string.format(12), string.format(1.5))
