-- §6.4 many conversions in one format
print(string.format("%s=%d (%5.2f%%) [%x] %q %c", "n", 10, 99.5, 255, "q", 33))
print(string.format("%-10s|%10s|", "left", "right"))
print(string.format("%3d|%-3d|%03d", 7, 7, 7))
print(string.format(string.rep("%d", 50), table.unpack((function() local t = {} for i = 1, 50 do t[i] = i % 10 end return t end)())))
