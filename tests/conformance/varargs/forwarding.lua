-- §3.4.11 ... forwards all arguments including trailing nils
local function count(...) return select("#", ...) end
local function fwd(...) return count(...) end
print(fwd(), fwd(nil), fwd(1, nil, nil))
local function tail(...) return ... end
print(tail(1, nil, 3))
local function mid(...) local a, b = ...; return a, b end
print(mid(9))
local function many(...) return ..., "end" end
print(many(1, 2, 3))
