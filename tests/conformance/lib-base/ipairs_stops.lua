-- §6.1 ipairs stops at the first nil (after __index)
local t = {1, 2, nil, 4}
local n = 0 for _ in ipairs(t) do n = n + 1 end
print(n)
local p = setmetatable({}, {__index = {10, 20, 30}})
for i, v in ipairs(p) do io.write(i, "=", v, " ") end print()
