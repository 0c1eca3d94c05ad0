local goto = 5
print(goto)
local t = {goto = 1}
print(t.goto)
local function f(goto) return goto * 2 end
print(f(4))
print(loadstring("::label::"))
