-- limits: instructions=50000000 timeout=5
-- expect: survived
-- within: 3
-- env: all
math.randomseed(42)
local s = string.dump(function() return 1 end)
for n = 1, 2000 do
  local b = {}
  for i = 1, #s do b[i] = math.random() < 0.05 and math.random(0, 255) or s:byte(i) end
  local f = load(string.char(table.unpack(b)), 'r', 'b')
  if f then pcall(f) end
end
error('survived', 0)
