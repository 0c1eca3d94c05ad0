-- §2.1 nil and NaN cannot be keys
local t = {}
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0/0] = 1 end))
print(t[nil], rawget(t, nil))
print(pcall(rawset, t, nil, 1))
