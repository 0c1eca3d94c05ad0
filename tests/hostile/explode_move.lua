-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
table.move({}, 1, math.maxinteger // 2, 2)
