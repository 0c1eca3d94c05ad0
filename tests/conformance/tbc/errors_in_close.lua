-- §3.3.8 an error in a closing method replaces the original error
local function C(msg) return setmetatable({}, {__close = function(_, e) print("got", e); if msg then error(msg, 0) end end}) end
print(pcall(function()
  local a <close> = C("from a")
  local b <close> = C("from b")
  error("original", 0)
end))
print(pcall(function()
  local a <close> = C("only")
  return 1
end))
