package.path = "lib/?.txt;" .. package.path
local json = require("json")
local class = require("class")
local Item = class("Item")
function Item:init(t) self.sku, self.name, self.qty, self.price = t.sku, t.name, t.qty, t.price end
function Item:value() return self.qty * self.price end
Item.__tostring = function(i) return string.format("%-6s %-12s %3d x %7.2f", i.sku, i.name, i.qty, i.price) end
local Inventory = class("Inventory")
function Inventory:init() self.items, self.by_sku = {}, {} end
function Inventory:add(item)
  if self.by_sku[item.sku] then error("duplicate sku " .. item.sku, 2) end
  self.items[#self.items + 1] = item
  self.by_sku[item.sku] = item
end
function Inventory:total()
  local t = 0
  for _, i in ipairs(self.items) do t = t + i:value() end
  return t
end
function Inventory:low(threshold)
  local out = {}
  for _, i in ipairs(self.items) do if i.qty < threshold then out[#out + 1] = i.sku end end
  return out
end
local config = [[
{"items": [
  {"sku": "A100", "name": "bolt", "qty": 120, "price": 0.25},
  {"sku": "B200", "name": "nut", "qty": 3, "price": 0.1},
  {"sku": "C300", "name": "hinge", "qty": 14, "price": 4.5},
  {"sku": "D400", "name": "bracket", "qty": 0, "price": 12}
]}
]]
local inv = Inventory()
for _, t in ipairs(json.decode(config).items) do inv:add(Item(t)) end
for _, i in ipairs(inv.items) do print(tostring(i)) end
print(string.format("total %.2f", inv:total()), table.concat(inv:low(10), ","))
print(pcall(inv.add, inv, Item({sku = "A100", name = "dup", qty = 1, price = 1})))
print(json.encode({low = inv:low(20), total = inv:total()}))
