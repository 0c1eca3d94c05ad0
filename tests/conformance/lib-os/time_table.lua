-- §6.9 os.time with a table (local time; TZ of the test machine is UTC for both runs? use differences only)
local t0 = os.time{year = 2020, month = 1, day = 1, hour = 0}
local t1 = os.time{year = 2020, month = 1, day = 2, hour = 0}
print(t1 - t0, math.type(t0))
print(os.time{year = 2020, month = 3, day = 1, hour = 12} - os.time{year = 2020, month = 2, day = 28, hour = 12})
print(os.time{year = 2021, month = 3, day = 1, hour = 12} - os.time{year = 2021, month = 2, day = 28, hour = 12})
print(os.time{year = 2020, month = 1, day = 1, hour = 12, min = 30, sec = 15} - os.time{year = 2020, month = 1, day = 1, hour = 12})
print(os.time{year = 2020, month = 13, day = 1, hour = 0} - os.time{year = 2021, month = 1, day = 1, hour = 0})
print(os.time{year = 2020, month = 1, day = 0, hour = 0} - os.time{year = 2019, month = 12, day = 31, hour = 0})
print(os.time{year = 2020, month = 1, day = 1, hour = 0, sec = -1} - t0)
