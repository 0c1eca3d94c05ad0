-- §6.4.1 find with init past the end and plain special characters
local s = "a+b*c?d[e]f^g$h%i.j(k)l-m"
for c in ("+*?[]^$%.()-"):gmatch(".") do
  io.write(c, "=", string.find(s, c, 1, true), " ")
end
print()
print(string.find(s, "%(k%)"), string.find(s, "[%[%]]", 10))
