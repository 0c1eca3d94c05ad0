-- §4.1 unbounded recursion raises "stack overflow" (message checked by prefix: it names the limit)
local function rec(n) return 1 + rec(n + 1) end
local ok, e = pcall(rec, 1)
print(ok, (string.gsub(e, "%(.*", "")))
local function rec2() local t = {}; return rec2() + 1 end
ok, e = pcall(rec2)
print(ok, e:find("stack overflow", 1, true) ~= nil)
print("still alive")
