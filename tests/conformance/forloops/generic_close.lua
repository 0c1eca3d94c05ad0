-- §3.3.5 the fourth value of a generic for is a to-be-closed variable
local closer = setmetatable({}, {__close = function() print("closed") end})
local function iter(s, c) if c < 3 then return c + 1 end end
for i in iter, nil, 0, closer do io.write(i, " ") end print()
for i in iter, nil, 0, closer do if i == 2 then break end end
print(pcall(function() for i in iter, nil, 0, closer do error("inside") end end))
