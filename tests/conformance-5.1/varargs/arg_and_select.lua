-- 5.1 (LUA_COMPAT_VARARG): a vararg function has a local 'arg', filled with its extra arguments and n only when its body does not use '...'
local function count(...) return arg.n, select("#", ...) end
print(pcall(count))
local function only_arg(...) return arg.n, arg[1], arg[2] end
print(only_arg(nil, nil))
print(only_arg("a", "b", "c"))
local function uses_dots(...) local a = ... ; return a, arg end
print(uses_dots(7))
local function tbl(...) local t = {...}; return #t, arg end
print(tbl(1, 2, 3))
local function nested(...) return function() return arg end end
print(type(nested(1)()))
arg = "global arg"
local function global_seen(...) local n = select("#", ...); return n, arg end
print(global_seen(1, 2))
