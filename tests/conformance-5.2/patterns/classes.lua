local s = "aZ9 _\t.!"
for _, c in ipairs({"%a", "%d", "%l", "%u", "%s", "%w", "%p", "%c", "%x", "%A", "%S"}) do
  io.write(c, "=", (s:gsub("[^" .. c .. "]", "")), "|")
end
print()
print(("[test]"):match("%[(.-)%]"), ("f(a(b)c)"):match("%b()"))
print(("THE (quick) fox"):find("%f[%a]%a+"), ("hello"):match(".-l"), ("hello"):match(".*l"))
print(("aaa"):match("a-b"), ("aaab"):match("a-b"), ("x"):match("x?y?"))
