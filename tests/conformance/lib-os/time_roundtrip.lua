-- §6.9 os.time(os.date("*t", t)) == t for many fixed times
local ok = true
for _, t in ipairs({0, 86399, 951782400, 1234567890, 1700000000, 2000000000}) do
  if os.time(os.date("*t", t)) ~= t then ok = false print("mismatch", t) end
end
print(ok)
local d = os.date("*t", 1700000000)
d.day = d.day + 40
local t = os.time(d)
print(os.date("*t", t).month ~= nil, d.month, d.day)
