-- §6.9 os.date default format and local conversions are consistent
local t = os.time{year = 2010, month = 6, day = 15, hour = 10, min = 20, sec = 30}
local d = os.date("*t", t)
print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday)
print(os.date("%Y-%m-%d %H:%M:%S", t))
print(os.time(os.date("*t", t)) == t)
