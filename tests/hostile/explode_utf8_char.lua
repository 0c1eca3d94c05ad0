-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local s = utf8.char(0x10FFFF) for i = 1, 1e9 do s = s .. utf8.char(0x10FFFF) end
