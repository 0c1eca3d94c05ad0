-- §6.9 os.date("*t") and ("!*t")
local t = os.date("!*t", 0)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", tostring(t[k]), " ") end
print()
local u = os.date("!*t", 951782400)
print(u.year, u.month, u.day, u.hour, u.min, u.sec, u.wday, u.yday, u.isdst)
print(os.date("!%Y-%m-%d %H:%M:%S", 4102444800), os.date("!%j %U %W %V %G", 4102444800))
print(type(os.date("*t", 0).isdst))
