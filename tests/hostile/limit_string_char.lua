-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local t = {} for i = 1, 9e5 do t[i] = 65 end while true do string.char(table.unpack(t)) end
