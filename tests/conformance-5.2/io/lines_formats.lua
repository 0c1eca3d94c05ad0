local f = io.tmpfile()
f:write("1 2 3\n4 5\n")
f:seek("set")
print(pcall(function()
  local out = {}
  for a, b in f:lines("*n", "*n") do out[#out + 1] = tostring(a) .. "+" .. tostring(b) end
  return table.concat(out, " ")
end))
f:seek("set")
local n = 0
for l in f:lines() do n = n + #l end
print(n)
f:close()
