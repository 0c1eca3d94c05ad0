-- §6.4 dumping functions with nested closures and constants
local function outer()
  local function inner(x) return x .. "!" end
  local t = {1, 2.5, "s", true}
  return inner(t[3]), #t, t[2] * 2, 2^53, -0.0, 1e300 * 1e10
end
local f = load(string.dump(outer))
print(f())
local function varargs(...) return select("#", ...), ... end
print(load(string.dump(varargs))(nil, nil))
local function loops() local s = 0 for i = 1, 10 do s = s + i end for _, v in ipairs({4, 5}) do s = s + v end return s end
print(load(string.dump(loops))())
local function gotos() local i = 0 ::top:: i = i + 1 if i < 5 then goto top end return i end
print(load(string.dump(gotos))())
