local function risky(n)
  if n == 0 then error("bottom") end
  local ok, e = pcall(risky, n - 1)
  return "level " .. n .. " caught: " .. tostring(e)
end
print(risky(3))
print(pcall(pcall))
print(pcall(pcall, error))
print(pcall(pcall, error, "x"))
local ok, e = pcall(function()
  local ok2, e2 = pcall(error, "inner")
  error("outer after " .. e2, 0)
end)
print(ok, e)
