-- §3.3.8 __close is called when a to-be-closed variable goes out of scope
local function closer(name) return setmetatable({}, {__close = function(o, e) print("close", name, e) end}) end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  print("in block")
end
print(pcall(function()
  local c <close> = closer("c")
  error("boom", 0)
end))
print(pcall(function() local x <close> = {} end))
