local t = {}
local x = 12345
for i = 1, 200 do
  x = (x * 1103515245 + 12345) % 2147483648
  t[i] = {key = x % 1000 + i / 1000, id = i}
end
table.sort(t, function(a, b) return a.key < b.key end)
local ok = true
for i = 2, #t do if t[i - 1].key > t[i].key then ok = false end end
print(ok, t[1].id, t[200].id, #t)
local words = {}
for w in ("the quick brown fox jumps over the lazy dog again and again"):gmatch("%a+") do words[#words + 1] = w end
table.sort(words, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(table.concat(words, " "))
local nums = {}
for i = 1, 100 do nums[i] = (i * 37) % 101 end
table.sort(nums)
print(nums[1], nums[50], nums[100])
