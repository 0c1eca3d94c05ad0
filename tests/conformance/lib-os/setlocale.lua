-- §6.9 os.setlocale queries and the C locale
print(os.setlocale(), os.setlocale(nil), os.setlocale("C"), os.setlocale("POSIX"))
for _, cat in ipairs({"all", "collate", "ctype", "monetary", "numeric", "time"}) do io.write(tostring(os.setlocale(nil, cat)), " ") end
print()
print(os.setlocale("C", "numeric"), os.setlocale("", "all") ~= nil)
os.setlocale("C")
print(pcall(os.setlocale, "C", "bogus"))
print(os.setlocale("xx_NOT_A_LOCALE"))
print(pcall(os.setlocale, {}))
