-- limits: instructions=1000000 timeout=5
-- expect: invalid conversion
-- within: 3
-- env: safe
return string.format('%999999999d', 1)
