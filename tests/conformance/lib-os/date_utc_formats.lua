-- §6.9 os.date with '!' and every strftime conversion on a fixed time
local t = 86400 * 365 * 30 + 3600 * 13 + 60 * 7 + 9   -- 1999-12-25 13:07:09 UTC
for _, c in ipairs({"a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G", "h", "H", "I", "j", "m", "M", "n", "p", "r", "R", "S", "t", "T", "u", "U", "V", "w", "W", "x", "X", "y", "Y", "%"}) do
  io.write(c, "=[", os.date("!%" .. c, t), "] ")
end
print()
print(os.date("!%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy", t))
