package.path = "lib/?.txt;" .. package.path
local json = require("json")
local doc = {
  version = 2,
  items = {
    {id = 1, name = "widget", price = 9.99, tags = {"a", "b"}},
    {id = 2, name = "gadget \"pro\"", price = 120, tags = {}},
  },
  meta = {generated = false, note = "line1\nline2"},
}
local text = json.encode(doc)
print(text)
local back = json.decode(text)
print(json.encode(back) == text)
print(back.items[2].name, back.items[1].tags[2], back.meta.note)
print(json.encode(doc, "  "))
