-- §6.4.2 unpack returns values and the next position
print(string.unpack("bbb", "\1\2\3"))
print(string.unpack("<hhh", string.pack("<hhh", -1, 0, 1)))
print(select("#", string.unpack("i4i4i4", string.pack("i4i4i4", 1, 2, 3))))
print(string.unpack("z", "abc\0def\0", 5))
print(string.unpack("s1s1", "\2ab\3cde"))
