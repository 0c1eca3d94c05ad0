-- §6.9 os.time default fields (hour 12, min 0, sec 0)
local a = os.time{year = 2022, month = 5, day = 10}
local b = os.time{year = 2022, month = 5, day = 10, hour = 12, min = 0, sec = 0}
print(a == b)
local d = os.date("*t", a)
print(d.hour, d.min, d.sec)
print(os.time{year = 2022, month = 5, day = 10, isdst = false} == a or "dst differs")
