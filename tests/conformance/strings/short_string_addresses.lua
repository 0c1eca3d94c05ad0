-- %p of strings (§6.4): strings of at most 40 bytes are interned, so equal ones share an address however they
-- were built; longer ones are separate objects, except equal literals of one chunk, which the lexer shares.
local function addr (s) return string.format("%p", s) end

local s1 = string.rep("a", 10)
local s2 = string.rep("aa", 5)
print("short built", addr(s1) == addr(s2))
print("short stable", addr(s1) == addr(s1), addr(s1) == addr(("a"):rep(10)))
local k40 = string.rep("x", 40)
print("40 bytes", addr(k40) == addr(("xx"):rep(20)))
local k41 = string.rep("x", 41)
print("41 bytes", addr(k41) == addr(("x"):rep(41)))
print("different", addr("abc") == addr("abd"), addr("ab") == addr("ab\0"))
print("long built", addr(string.rep("a", 300)) == addr(string.rep("a", 300)))

local l1 = "0123456789012345678901234567890123456789-long literal"
local function f () return "0123456789012345678901234567890123456789-long literal" end
print("long literals", addr(l1) == addr(f()))
local built = "0123456789" .. "012345678901234567890123456789-long literal"
print("long concat", built == l1, addr(built) == addr(l1))
