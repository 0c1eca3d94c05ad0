local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local a, b = counter(), counter()
print(a(), a(), b(), a(), b())
local fns = {}
for i = 1, 3 do fns[i] = function() return i end end
print(fns[1](), fns[2](), fns[3]())
local k = 1
local shared = {}
while k <= 3 do local j = k; shared[k] = function() return j * 10 end; k = k + 1 end
print(shared[1](), shared[3]())
