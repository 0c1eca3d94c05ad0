-- §6.4.1 exact members of small classes
local function members(cls)
  local out = {}
  for i = 0, 255 do
    local ch = string.char(i)
    if ch:find("^" .. cls .. "$") then out[#out + 1] = i end
  end
  return table.concat(out, ",")
end
print(members("%s"))
print(members("%p"))
print(members("%x"))
print(members("%c"))
print(#members("%g"), members("%g"):sub(1, 8))
