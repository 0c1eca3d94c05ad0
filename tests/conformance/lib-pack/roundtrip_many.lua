-- §6.4.2 round trip of mixed formats
local fmt = "<i1 I2 i4 j d f z s2 c3 B"
local s = string.pack(fmt, -5, 60000, -70000, math.maxinteger, 1/3, 0.25, "zero", "len", "abc", 200)
print(#s, string.packsize("<i1 I2 i4 j d f"))
print(string.unpack(fmt, s))
local t = {string.unpack(">!8 b d b", string.pack(">!8 b d b", 1, 2.5, 3))}
print(#t, table.concat(t, " "))
