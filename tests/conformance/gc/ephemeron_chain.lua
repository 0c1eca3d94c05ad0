-- An ephemeron chain (each value is the next key) converges in one cycle, in time linear in its length:
-- lgc.c's convergeephemerons would re-traverse the table once per link.
local w = setmetatable({}, {__mode = "k"})
local keys = {}
for i = 1, 30000 do keys[i] = {} end
for i = 1, 29999 do w[keys[i]] = keys[i + 1] end
local first = keys[1]
keys = nil
local t0 = os.clock()
collectgarbage()
print("fast", os.clock() - t0 < 5)
local n, k = 0, first
while w[k] do n = n + 1; k = w[k] end
print(n)
first, k = nil, nil
collectgarbage()
print(next(w))
-- values reached only through other ephemeron tables
local e1 = setmetatable({}, {__mode = "k"})
local e2 = setmetatable({}, {__mode = "k"})
local root = {}
local x = root
for i = 1, 1000 do
  local y = {}
  if i % 2 == 0 then e1[x] = y else e2[x] = y end
  x = y
end
x = nil
collectgarbage()
local c = 0
x = root
while true do local y = e1[x] or e2[x]; if not y then break end; c = c + 1; x = y end
print(c)
