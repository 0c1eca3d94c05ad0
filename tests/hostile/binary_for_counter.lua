-- limits: instructions=1000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: all
-- A loop body that rewrites the hidden 'for' counter (R[A+1]) on every iteration: a verified chunk, but the count
-- never reaches a multiple of 256, where FORLOOP used to charge the budget, so no limit ever fired.
local function f() local x = 0 for i = 1, 10 do x = i end return x end
local s = string.dump(f)
local move = string.pack("<I4", 4 << 16)                        -- MOVE 0 4 (x = i)
local loadi = string.pack("<I4", 1 | (2 << 7) | ((300 + 65535) << 15))   -- LOADI 2 300 (counter = 300)
local at = assert(s:find(move, 1, true), "MOVE 0 4 not found")
local g = assert(load(s:sub(1, at - 1) .. loadi .. s:sub(at + 4), "counter", "b"))
g()
