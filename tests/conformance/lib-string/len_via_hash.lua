-- §3.4.7 length operator on strings ignores __len of the string metatable? (it is primitive)
local mt = getmetatable("")
print(#"abc", #"", #"\0\0\0")
print(rawlen("abcd"), pcall(rawlen, 5))
