-- limits: instructions=1000000 timeout=5
-- expect: too many results
-- within: 3
-- env: safe
return table.unpack({}, 1, 1e8)
