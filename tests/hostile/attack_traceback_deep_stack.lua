-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local function f(n)
  if n == 0 then while true do local _ = debug.traceback() end end
  return f(n - 1) + 1
end
return f(10000)
