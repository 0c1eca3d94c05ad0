local mt = {
  __concat = function(a, b)
    local x = type(a) == "table" and a.name or a
    local y = type(b) == "table" and b.name or b
    return x .. "&" .. y
  end,
  __call = function(self, a, b) return self.name .. "(" .. tostring(a) .. "," .. tostring(b) .. ")" end,
  __len = function() return 42 end,
}
local o = setmetatable({name = "o"}, mt)
print(o .. "s", "s" .. o, o .. o, 1 .. o)
print(o(1, 2), o())
print(#o)
print(#setmetatable({1, 2}, {}))
