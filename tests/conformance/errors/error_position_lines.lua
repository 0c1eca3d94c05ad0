-- §2.3 positions in error messages carry the correct line
local function f()

  error("line five")
end
print(pcall(f))
print(pcall(function()
  local a = {}
  return a.b
    .c
end))
