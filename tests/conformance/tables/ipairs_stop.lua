-- §6.1 ipairs stops at the first nil and respects __index
for i, v in ipairs({1, 2, nil, 4}) do io.write(i, ":", v, " ") end print()
local p = setmetatable({}, {__index = function(t, i) if i <= 3 then return i * 10 end end})
for i, v in ipairs(p) do io.write(i, ":", v, " ") end print()
print(pcall(ipairs))
