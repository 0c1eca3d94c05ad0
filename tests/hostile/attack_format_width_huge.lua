-- limits: instructions=10000000 timeout=1
-- expect: invalid conversion
-- within: 1.5
-- env: safe
return string.format('%99999d', 1)
