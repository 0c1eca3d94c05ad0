-- §6.4 %q output reloads to the same value for many strings
local samples = {"", "plain", "quote\"s", "back\\slash", "nl\nnl", "cr\rcr", "\0", "\0001", "a\0z", "\1\2\3", "\127\128\255", "\t\v\f", "\27[0m", ("x"):rep(100)}
for _, s in ipairs(samples) do
  local q = string.format("%q", s)
  io.write(q == string.format("%q", s) and "" or "!", load("return " .. q)() == s and "ok " or "BAD ")
end
print()
print(string.format("%q", "\r\n\t\0\1\0012\0019\200"))
