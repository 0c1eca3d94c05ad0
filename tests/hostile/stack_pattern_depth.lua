-- limits: instructions=1000000 timeout=5
-- expect: pattern too complex
-- within: 3
-- env: safe
return (('a'):rep(500)):match(('(a?)'):rep(31) .. ('a?'):rep(300))
