-- §6.9 os.difftime and os.clock types
print(os.difftime(10, 5), os.difftime(5, 10), pcall(os.difftime, 5), math.type(os.difftime(1, 1)))
print(pcall(os.difftime))
print(pcall(os.difftime, "x"))
print(os.difftime(2^53, 0), pcall(os.difftime, 1.5, 0.5))
print(math.type(os.clock()), os.clock() >= 0)
print(math.type(os.time()), os.time() > 1600000000)
