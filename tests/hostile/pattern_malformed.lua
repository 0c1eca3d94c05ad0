-- limits: instructions=1000000 timeout=5
-- expect: malformed pattern
-- within: 3
-- env: safe
return ('x'):find('[a')
