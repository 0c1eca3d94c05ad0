-- limits: instructions=10000000 timeout=1
-- expect: too many results to unpack
-- within: 1.5
-- env: safe
return table.unpack({}, math.mininteger, math.maxinteger)
