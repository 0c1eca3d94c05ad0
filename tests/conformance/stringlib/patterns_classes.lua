-- §6.4.1 character classes
local s = "aB3 _\t.!\0"
for _, c in ipairs({"%a", "%c", "%d", "%g", "%l", "%p", "%s", "%u", "%w", "%x", "%A", "%D", "%S"}) do
  io.write(c, "=", select(2, s:gsub(c, "")), " ")
end
print()
print(("hello"):gsub("[aeiou]", "*"), ("hello"):gsub("[^aeiou]", "*"))
print(("a-b]c"):gsub("[%]%-]", "."), ("x^y"):gsub("[x^]", "!"))
print(("az09"):gsub("[a-c0-5]", "#"))
