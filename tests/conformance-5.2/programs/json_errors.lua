package.path = "lib/?.txt;" .. package.path
local json = require("json")
local bad = {
  "", "[1, 2", '{"a" 1}', '{"a": 1,}', "[1,, 2]", '"unterminated', "tru", "nul",
  '"bad \\x escape"', "[1] 2", '{1: 2}', "-", '"\\u12G4"', "[\n1,\n@]",
}
for _, s in ipairs(bad) do
  local ok, err = pcall(json.decode, s)
  print(ok, err)
end
print(pcall(json.decode, 42))
print(pcall(json.encode, {f = print}))
print(pcall(json.encode, -math.huge))
print(pcall(json.encode, {[true] = 1}))
local cyc = {}
cyc.self = cyc
print(pcall(json.encode, cyc))
