-- §2.3 errors propagate to the innermost pcall
local function inner() error("inner error", 0) end
local function middle() local ok, e = pcall(inner); error("middle saw: " .. e, 0) end
print(pcall(middle))
local depth = 0
local function rec(n) if n == 0 then error("bottom", 0) end local ok, e = pcall(rec, n - 1); depth = depth + 1; error(e, 0) end
print(pcall(rec, 10), depth)
