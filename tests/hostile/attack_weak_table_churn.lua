-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local w = setmetatable({}, {__mode = 'kv'})
while true do
  for i = 1, 1000 do w[{}] = {} end
  collectgarbage()
end
