-- §6.10 debug.debug returns at end of input (stdin is empty)
print(debug.debug())
print("after")
