-- §6.9 os.exit is a function; execute() reports a shell
print(type(os.exit), type(os.execute))
print(os.execute() ~= nil)
