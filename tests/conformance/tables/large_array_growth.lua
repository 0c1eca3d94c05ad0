-- Large array parts (manual §2.1, §3.4.9 table constructors): tables that grow element by element past
-- tens of thousands of slots, interleaved so that array parts replaced during growth are reused by another
-- table, then shrunk by rehashing. Every value must survive and no value may leak from one table to another.
local a, b = {}, {}
for i = 1, 70000 do
  a[i] = i * 2
  if i % 3 == 0 then b[#b + 1] = "s" .. i end
end
local sa, nb = 0, 0
for i = 1, #a do sa = sa + a[i] end
for _, v in ipairs(b) do nb = nb + #v end
print(#a, sa, #b, nb, b[1], b[#b])

-- A fresh table grown to the same sizes must start with nothing but nils.
local c = {}
for i = 1, 40000 do assert(c[i] == nil); c[i] = true end
local n = 0
for k, v in pairs(c) do n = n + 1; assert(v == true) end
print(n, #c, c[40001])

-- Holes: clearing most of the array and adding hash keys forces rehashes that shrink the array part.
for i = 1, 40000 do if i % 100 ~= 0 then c[i] = nil end end
for i = 1, 3000 do c["k" .. i] = i end
local ints, strs = 0, 0
for k, v in pairs(c) do
  if math.type(k) == "integer" then ints = ints + k else strs = strs + v end
end
print(ints, strs, c[100], c[101], c[40000])

-- Sieve-shaped reuse: the same size sequence many times over.
local count
for _ = 1, 5 do
  local flags = {}
  for i = 2, 20000 do flags[i] = true end
  count = 0
  for i = 2, 20000 do
    if flags[i] then count = count + 1; for j = i * i, 20000, i do flags[j] = false end end
  end
end
print(count)
