-- §6.8 io.open failure results and mode checking
print(io.open("no/such/dir/file.txt"))
print(pcall(io.open, "x", "rz"))
print(io.type(io.stdin), io.type(io.stderr))
print(pcall(io.lines, "no/such/file"))
