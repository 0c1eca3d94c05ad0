local acc = {}
for i = 1, 3 do
  local x = i * i
  acc[#acc + 1] = function() x = x + 1; return i, x end
end
print(acc[1]()); print(acc[1]()); print(acc[3]())
local list = {}
for _, name in ipairs({"a", "b"}) do list[#list + 1] = function() return name end end
print(list[1](), list[2]())
