-- limits: instructions=1000000 timeout=5
-- expect: out of limits
-- within: 3
-- env: safe
return string.pack('i17', 1)
