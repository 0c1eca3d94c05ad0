-- §6.9 os.time normalises the table it receives
local t = {year = 2020, month = 14, day = 35, hour = 25, min = 61, sec = 61}
os.time(t)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
local u = {year = 2000, month = 2, day = 30, hour = 12}
os.time(u)
print(u.year, u.month, u.day, u.hour, u.min, u.sec, u.wday, u.yday)
local v = {year = 2021, month = 0, day = 0}
os.time(v)
print(v.year, v.month, v.day, v.hour)
