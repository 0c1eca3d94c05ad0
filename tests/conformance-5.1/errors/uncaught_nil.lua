print("x")
error()
