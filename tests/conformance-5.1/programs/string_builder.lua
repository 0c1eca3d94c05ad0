local Buffer = {}
Buffer.__index = Buffer
function Buffer.new() return setmetatable({parts = {}, n = 0}, Buffer) end
function Buffer:add(...)
  for i = 1, select("#", ...) do
    self.n = self.n + 1
    self.parts[self.n] = tostring((select(i, ...)))
  end
  return self
end
function Buffer:addf(fmt, ...) return self:add(string.format(fmt, ...)) end
function Buffer:result(sep) return table.concat(self.parts, sep or "") end
local b = Buffer.new()
b:add("x = ", 1, ", y = ", 2.5):addf("; z = %05.1f", math.pi):add(nil, true)
print(b:result())
print(b:result("|"))
local rows = Buffer.new()
for i = 1, 5 do rows:addf("%d^2=%d", i, i * i) end
print(rows:result(", "))
