-- string.gsub with function and table replacements (templating, escaping, word transforms) over generated text.
local vars = {}
for i = 1, 50 do vars["v" .. i] = "value" .. i * 3 end
local template = {}
for i = 1, 400 do template[i] = "line " .. i .. ": ${v" .. (i % 50 + 1) .. "} and ${v" .. (i * 7 % 50 + 1) .. "} <&> \"q\"" end
template = table.concat(template, "\n")

local escapes = {["<"] = "&lt;", [">"] = "&gt;", ["&"] = "&amp;", ['"'] = "&quot;"}
local total, count = 0, 0
for round = 1, 360 do
  -- table replacement: ${name} looked up in vars
  local s, n1 = template:gsub("%${(%w+)}", vars)
  -- table replacement with single-character keys
  local e, n2 = s:gsub('[<>&"]', escapes)
  -- function replacement: capitalize each word, count them
  local words = 0
  local c, n3 = e:gsub("(%a)(%a*)", function(first, rest) words = words + 1; return first:upper() .. rest end)
  -- function replacement returning nil/false keeps the match
  local d, n4 = c:gsub("%d+", function(num) local v = tonumber(num); if v % 2 == 0 then return tostring(v // 2) end end)
  -- position captures and a function that numbers each line
  local line = 0
  local f, n5 = d:gsub("\n()", function(pos) line = line + 1; return "\n" .. line .. "@" .. pos % 97 .. " " end)
  total = total + #f + n1 + n2 + n3 + n4 + n5 + words + round
  count = count + 1
end
print(total, count)
