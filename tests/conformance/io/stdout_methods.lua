-- §6.8 io.stdout:write and setvbuf keep output order with print
io.stdout:write("one ")
print("two")
io.write("three\n")
io.stdout:setvbuf("no")
io.stdout:write("four\n")
print(io.output() == io.stdout)
