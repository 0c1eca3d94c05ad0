-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: tenant
local ok, err = load(string.dump(function() return 1 end))
assert(ok == nil and err:find('binary'))
error('contained', 0)
