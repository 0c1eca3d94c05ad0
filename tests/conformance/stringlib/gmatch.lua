-- §6.4.1 string.gmatch iterations
for w in string.gmatch("one two three", "%a+") do io.write(w, ";") end print()
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do io.write(k, "->", v, " ") end print()
for p in string.gmatch("abc", "()") do io.write(p, " ") end print()
local n = 0 for _ in ("aaa"):gmatch("") do n = n + 1 end print(n)
for a in ("hello world from lua"):gmatch("%f[%w]%w+") do io.write(a:upper(), " ") end print()
for x in ("1,2,,3"):gmatch("([^,]*)") do io.write("[", x, "]") end print()
for x in string.gmatch("abcabc", "b", 3) do io.write(x) end print()
