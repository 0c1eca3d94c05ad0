-- §6.9 os.getenv
print(os.getenv("TYCHO_SURELY_UNSET_VARIABLE_12345"))
print(type(os.getenv("PATH")))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))
print(os.getenv(""))
