-- §6.4 methods through the string metatable
local s = "Hello"
print(s:len(), s:upper(), ("x"):rep(2), #s)
print(s.len == string.len, s.nonexistent)
print(pcall(function() return (5):len() end))
print(pcall(function() return s:nonexistent() end))
print(("%d-%s"):format(1, "a"))
