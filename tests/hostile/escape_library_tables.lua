-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: tenant
string.rep = nil
table.insert = nil
error('contained', 0)
