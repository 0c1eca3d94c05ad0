local function f(a, b)
  local c = a + b
  local names = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(1, i)
    if not name then break end
    names[#names + 1] = name .. "=" .. (type(value) == "table" and "<table>" or tostring(value))
    i = i + 1
  end
  return table.concat(names, " ")
end
print(f(1, 2))
local up1, up2 = 10, 20
local function g() return up1 + up2 end
print(debug.getupvalue(g, 1), debug.getupvalue(g, 2), debug.getupvalue(g, 3))
debug.setupvalue(g, 1, 100)
print(g(), up1)
