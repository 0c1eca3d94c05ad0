-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local t = {} for i = 1, 2e5 do t[i] = 0x10FFFF end while true do utf8.char(table.unpack(t)) end
