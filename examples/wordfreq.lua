-- Word frequencies of the bundled text file wordfreq.txt (found next to this script), most frequent first.
-- Ties are broken alphabetically so the output is deterministic (pairs order is not).
local dir = (arg and arg[0] or ""):match("^(.*[/\\])") or ""
local path = dir .. "wordfreq.txt"
local file = assert(io.open(path, "r"))

local counts, total, lines = {}, 0, 0
for line in file:lines() do
  lines = lines + 1
  for word in line:lower():gmatch("%a+") do
    counts[word] = (counts[word] or 0) + 1
    total = total + 1
  end
end
file:close()

local words = {}
for w in pairs(counts) do words[#words + 1] = w end
table.sort(words, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)

print(string.format("%d lines, %d words, %d distinct", lines, total, #words))
for i = 1, 15 do
  local w = words[i]
  print(string.format("%3d. %-10s %3d %s", i, w, counts[w], string.rep("*", counts[w])))
end
local longest = ""
for _, w in ipairs(words) do if #w > #longest or (#w == #longest and w < longest) then longest = w end end
print("longest word: " .. longest)
local once = 0
for _, w in ipairs(words) do if counts[w] == 1 then once = once + 1 end end
print(string.format("words used once: %d (%.1f%%)", once, 100 * once / #words))
