package.path = "lib/?.txt;" .. package.path
local class = require("class")
local Emitter = {
  on = function(self, ev, fn)
    self._handlers = self._handlers or {}
    local list = self._handlers[ev] or {}
    self._handlers[ev] = list
    list[#list + 1] = fn
    return self
  end,
  emit = function(self, ev, ...)
    local list = self._handlers and self._handlers[ev]
    if not list then return 0 end
    for _, fn in ipairs(list) do fn(self, ...) end
    return #list
  end,
  off = function(self, ev) if self._handlers then self._handlers[ev] = nil end end,
}
local Button = class("Button"):include(Emitter)
function Button:init(label) self.label = label; self.clicks = 0 end
function Button:click(x, y)
  self.clicks = self.clicks + 1
  return self:emit("click", x, y)
end
local b = Button("OK")
b:on("click", function(btn, x, y) print(btn.label .. " clicked at " .. x .. "," .. y) end)
 :on("click", function(btn) print("click count " .. btn.clicks) end)
print(b:click(1, 2))
print(b:click(3, 4))
b:off("click")
print(b:click(5, 6), b.clicks)
print(Button:includes(Emitter), b:emit("nothing"))
