-- Hash counting: word frequencies over generated text (gmatch, string keys, table growth), then the top words
-- by a sort with a comparator.
local seed = 7
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >> 16) % n end
local syllables = {"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "ex", "qu", "zo"}
local words = {}
for i = 1, 3000 do
  local w = {}
  for j = 1, 1 + rand(4) do w[j] = syllables[rand(#syllables) + 1] end
  words[i] = table.concat(w)
end
local lines = {}
for i = 1, 6000 do
  local line = {}
  for j = 1, 12 do
    -- skewed choice: low indices much more often (a Zipf-like distribution)
    local k = rand(3000)
    k = (k * k) // 3000 + 1
    line[j] = words[k]
  end
  lines[i] = table.concat(line, " ")
end
local text = table.concat(lines, "\n")

local top
for _ = 1, 70 do
  local freq = {}
  for w in text:gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
  local list = {}
  for w, n in pairs(freq) do list[#list + 1] = w end
  table.sort(list, function(a, b)
    local fa, fb = freq[a], freq[b]
    if fa ~= fb then return fa > fb end
    return a < b
  end)
  top = {}
  for i = 1, 5 do top[i] = list[i] .. "=" .. freq[list[i]] end
  top[#top + 1] = #list
end
print(table.concat(top, " "))
