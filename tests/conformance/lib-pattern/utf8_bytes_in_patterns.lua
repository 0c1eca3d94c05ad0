-- §6.4.1 patterns work on bytes, not characters
local s = "héllo"
print(#s, s:find("é"), s:match("h(.)"):byte(), s:gsub("[\128-\255]", "?"))
print(s:match("h(" .. utf8.charpattern .. ")"))
print(("日本語"):gsub(utf8.charpattern, "<%0>"))
