-- limits: instructions=1000000 timeout=2
-- expect: survived
-- within: 2.5
-- env: all
-- VARARG A=0 C=0 then CALL A=247 B=0: the call's argument count (top - A - 1) is negative, and the VM wrote past
-- the stack (NullReferenceException, then SIGSEGV). The verifier must refuse it: an open-result producer's
-- results must start at or above the consumer's first value.
local function f(...) local r = (...)(...) return r end
local s = string.dump(f, true)
-- maxstacksize to 250, so that A = 247 is a register: skip the header (31 bytes), the upvalue count, the
-- stripped source (0x80) and the two line varints to reach numparams, is_vararg, maxstacksize.
local function varint(pos) while s:byte(pos) < 0x80 do pos = pos + 1 end return pos + 1 end
assert(s:byte(33) == 0x80, "stripped chunk expected")
local ms = varint(varint(34)) + 2
s = s:sub(1, ms - 1) .. string.char(250) .. s:sub(ms + 1)
-- Every CALL with B = 0 in f gets A = 247 (f has room: the verifier checks A against maxstacksize only).
local bad = 0
for at = 1, #s - 3, 1 do
  local w = string.unpack("<I4", s, at)
  if w & 0x7F == 68 and (w >> 16) & 0xFF == 0 then           -- CALL with B = 0 (OP_CALL is 68)
    local c = s:sub(1, at - 1) .. string.pack("<I4", (w & ~(0xFF << 7)) | (247 << 7)) .. s:sub(at + 4)
    local g, err = load(c, "negative", "b")
    assert(not g, "a CALL with a negative argument count loaded")
    assert(err:find("bad binary format", 1, true), err)
    bad = bad + 1
  end
end
assert(bad > 0, "no CALL B=0 found")
error("survived", 0)
