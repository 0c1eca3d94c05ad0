-- §6.9 deterministic parts of the os library
print(type(os.time()), type(os.clock()), type(os.date()))
print(os.time({year = 2020, month = 1, day = 1, hour = 12}) - os.time({year = 2020, month = 1, day = 2, hour = 12}))
print(os.date("!%Y-%m-%d %H:%M:%S", 0), os.date("!%j %a %b", 86400 * 40))
local d = os.date("!*t", 3600)
print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.isdst, d.yday, d.wday)
print(os.getenv("TYCHO_SURELY_UNDEFINED_VARIABLE"))
print(type(os.tmpname), os.difftime(10, 4))
