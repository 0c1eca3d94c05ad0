-- §6.4.1 greedy expansion over long subjects
local s = ("a"):rep(10000) .. "b"
print(#s:match("a*"), s:find("a*b"), s:find("a-b"), #s:match(".-b"))
print(s:find("b", 1, true), #s:gsub("a", ""), select(2, s:gsub("a", "")))
