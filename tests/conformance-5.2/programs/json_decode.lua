package.path = "lib/?.txt;" .. package.path
local json = require("json")
local function show(v, indent)
  indent = indent or ""
  if type(v) ~= "table" or v == json.null then return tostring(v) end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) == "number"
  end)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = tostring(k) .. "=" .. show(v[k]) end
  return "{" .. table.concat(out, ",") .. "}"
end
print(show(json.decode('{"a": 1, "b": [true, false, null], "c": {"d": "e"}}')))
print(show(json.decode("  [1, -2.5, 1e3, 0.001, -0, 12345678901]  ")))
print(json.decode('"esc: \\" \\\\ \\/ \\b\\f\\n\\r\\t"'))
print(json.decode('"\\u0041\\u00e9\\u20ac\\ud83d\\ude00"'):byte(1, -1))
print(show(json.decode("[]")), show(json.decode("{}")), json.decode("null") == json.null)
print(show(json.decode('[[[1]], {"x": [2, {"y": 3}]}]')))
print(#json.decode("[1, null, 3]"), json.decode("3.5") * 2)
