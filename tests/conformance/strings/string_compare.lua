-- §3.4.4 strings compare byte-wise (C locale)
local words = {"banana", "Apple", "apple", "a", "", "apple\0", "b", "Z", "10", "9"}
table.sort(words)
for i, w in ipairs(words) do io.write(string.format("%q", w), i < #words and " " or "\n") end
print("a" < "a\0", "abc" <= "abc", "abc" >= "abd")
