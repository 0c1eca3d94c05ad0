-- Pattern matching: find, gmatch and gsub over generated text.
local words = {}
for i = 1, 100000 do words[i] = "word" .. (i % 97) .. " num=" .. i end
local text = table.concat(words, "\n")
for _ = 1, 4 do
  local count = 0
  for k, v in text:gmatch("(%a+)=(%d+)") do count = count + #k + v % 7 end
  local replaced, n = text:gsub("word(%d+)", "%1w")
  local found = 0
  local pos = 1
  while true do
    local s, e = text:find("num=%d*7\n", pos)
    if not s then break end
    found = found + 1; pos = e + 1
  end
  print(count, n, #replaced, found)
end
