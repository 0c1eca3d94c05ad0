-- §6.8 standard files
print(io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
print(io.stdout:write("direct\n") == io.stdout)
print(io.read(), io.read("a"), io.read("n"), io.read(0), io.read("L"))
print(io.stdin:read(5))
print(io.stderr:write("") == io.stderr)
print(io.stdout:seek() ~= nil or true)
