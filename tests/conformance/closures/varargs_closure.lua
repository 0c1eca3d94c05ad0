-- §3.4.11 varargs must be copied into a table to be captured
local function pack(...)
  local t = {...}
  return function() return table.unpack(t) end
end
print(pack(1, 2, 3)())
local function count(...) local n = select("#", ...); return function() return n end end
print(count(nil, nil)())
