-- §6.9 os.date on extreme times
print(os.date("!%Y-%m-%d", -86400), os.date("!%Y", 253402300799))
print(os.date("!%c", 1e9), os.date("!%x %X", 2^31))
print(pcall(os.date, "!%Y", 1 << 60))
print(pcall(os.date, "!%Y", 2^63))
