-- §6.4.1 patterns for numbers
local function nums(s)
  local t = {}
  for n in s:gmatch("[+-]?%d+%.?%d*[eE]?[+-]?%d*") do t[#t + 1] = n end
  return table.concat(t, "|")
end
print(nums("1 2.5 -3 +4e10 5E-2 x7"))
print(("0x1F 0xab"):gsub("0x(%x+)", function(h) return tonumber(h, 16) end))
print(("3.14"):match("^(%d+)%.(%d+)$"))
