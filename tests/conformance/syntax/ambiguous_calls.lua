-- §3.3.1 call with string and table literal arguments
local function id(x) return x end
print(id"str", id[[long]], id{1}[1])
print(type(id{}), ("x"):rep(3))
local t = {f = id}
print(t.f"a", t:f() == t)
