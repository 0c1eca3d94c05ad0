-- limits: instructions=1000000 timeout=5
-- expect: error in error handling
-- within: 3
-- env: safe
local function h(e) error(e) end return xpcall(error, h, 'boom') and 'no' or error(select(2, xpcall(error, h, 'boom')))
