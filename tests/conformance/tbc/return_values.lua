-- §3.3.8 closing happens after return values are computed
local function C() return setmetatable({}, {__close = function() print("closing") end}) end
local function f()
  local c <close> = C()
  return "result", (function() print("computing"); return 1 end)()
end
print(f())
