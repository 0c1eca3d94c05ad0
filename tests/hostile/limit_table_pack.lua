-- limits: timeout=1 memory=100000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local t = {} for i = 1, 9e5 do t[i] = i end while true do table.pack(table.unpack(t)) end
