-- §6.9 os.execute results
print(os.execute("exit 0"))
print(os.execute("exit 3"))
print(os.execute("kill -9 $$"))
print(os.execute("true"))
