-- §6.8 closing a standard file
print(pcall(io.stdout.close))
print(pcall(io.close, 42))
