-- §3.3.7 <const> locals cannot be assigned; constant folding keeps values
local K <const> = 10
local S <const> = "str"
local function f() return K * 2, S .. "!" end
print(f())
print(load("local a <const> = 1; local function g() a = 2 end"))
print(load("local a <const> = {}; a.x = 1; return a.x")())
