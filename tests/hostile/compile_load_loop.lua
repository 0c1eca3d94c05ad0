-- limits: instructions=400000 timeout=6 memory=20000000
-- expect: instruction limit exceeded
-- within: 6.5
-- Loading a 210 KB chunk again and again: each parse is charged by its tokens and instructions, not as one.
local src = ("a = 1 "):rep(35000)
for i = 1, 1e6 do load(src) end
