-- §6.1 pairs visits every key once (printed sorted for determinism)
local t = {1, 2, 3, a = "x", b = "y", [1.5] = "z", [true] = "w"}
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
local mt = {__pairs = function(t) return function(_, k) if not k then return 1, "one" end end, t, nil end}
for k, v in pairs(setmetatable({}, mt)) do print("__pairs", k, v) end
