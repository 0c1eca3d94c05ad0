-- §7 error(nil)
print("x")
error()
