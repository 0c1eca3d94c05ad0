-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
for _, c in utf8.codes(('\u{10FFFF}'):rep(1e7)) do end
