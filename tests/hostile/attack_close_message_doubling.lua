-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
local function f()
  local x <close> = setmetatable({}, {__close = function(o, e) error(e .. e, 0) end})
  local y <close> = setmetatable({}, {__close = function(o, e) error(e .. e, 0) end})
  error(('x'):rep(1e6), 0)
end
while true do pcall(f) end
