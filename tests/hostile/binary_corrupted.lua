-- limits: instructions=50000000 timeout=5
-- expect: survived
-- within: 3
-- env: all
local s = string.dump(function(a, b) local t = {a, b, 'x', 1.5} for i = 1, #t do t[i] = tostring(t[i]) end return table.concat(t) end)
for i = 1, #s do
  for _, v in ipairs({0, 255, 127, 128}) do
    local c = s:sub(1, i - 1) .. string.char(v) .. s:sub(i + 1)
    local f = load(c, 'c', 'b')
    if f then pcall(f, 1, 2) end
  end
end
for i = 1, #s do local f = load(s:sub(1, i), 't', 'b') if f then pcall(f) end end
error('survived', 0)
