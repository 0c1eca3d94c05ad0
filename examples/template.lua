-- A template renderer: {{ expr }} substitutions with filters, {% for x in list %} loops and {% if cond %} blocks,
-- compiled to Lua source with load() and a sandboxed environment.
local Template = {}

local filters = {
  upper = string.upper,
  lower = string.lower,
  len = function(v) return #v end,
  money = function(v) return string.format("$%.2f", v) end,
  pad = function(v) return string.format("%-12s", tostring(v)) end,
}

local function compileExpr(expr)
  local parts = {}
  for p in expr:gmatch("[^|]+") do parts[#parts + 1] = p:match("^%s*(.-)%s*$") end
  local code = "(" .. parts[1] .. ")"
  for i = 2, #parts do
    if not filters[parts[i]] then error("unknown filter '" .. parts[i] .. "'", 0) end
    code = "filters." .. parts[i] .. "(" .. code .. ")"
  end
  return code
end

function Template.compile(src, name)
  local out = {"local _out = {}\n"}
  local pos = 1
  while true do
    local s, e, kind, body = src:find("{([{%%])%s*(.-)%s*[}%%]}", pos)
    local text = src:sub(pos, (s or #src + 1) - 1)
    if #text > 0 then out[#out + 1] = "_out[#_out + 1] = " .. string.format("%q", text) .. "\n" end
    if not s then break end
    if kind == "{" then
      out[#out + 1] = "_out[#_out + 1] = tostring(" .. compileExpr(body) .. ")\n"
    else
      local var, list = body:match("^for%s+([%a_][%w_]*)%s+in%s+(.+)$")
      local cond = body:match("^if%s+(.+)$")
      if var then out[#out + 1] = "for _, " .. var .. " in ipairs(" .. list .. ") do\n"
      elseif cond then out[#out + 1] = "if " .. cond .. " then\n"
      elseif body == "else" then out[#out + 1] = "else\n"
      elseif body == "end" then out[#out + 1] = "end\n"
      else error("unknown tag '" .. body .. "'", 0) end
    end
    pos = e + 1
  end
  out[#out + 1] = "return table.concat(_out)\n"
  local code = table.concat(out)
  return function(data)
    local env = setmetatable({filters = filters, tostring = tostring, ipairs = ipairs, table = table}, {__index = data})
    local chunk, err = load(code, "=" .. (name or "template"), "t", env)
    if not chunk then error(err, 0) end
    return chunk()
  end
end

local invoice = Template.compile([[
Invoice for {{ customer.name | upper }} ({{ customer.email }})
{% for item in items %}  - {{ item.name | pad }} x{{ item.qty }}  {{ item.qty * item.price | money }}
{% end %}Total: {{ total | money }}
{% if total > 100 %}Free shipping!{% else %}Shipping: {{ 7.5 | money }}{% end %}
]], "invoice")

local items = {
  {name = "Notebook", qty = 3, price = 4.25},
  {name = "Pen", qty = 10, price = 1.1},
  {name = "Lamp", qty = 1, price = 89.99},
}
local total = 0
for _, it in ipairs(items) do total = total + it.qty * it.price end
io.write(invoice({customer = {name = "Ada Lovelace", email = "ada@example.org"}, items = items, total = total}))
io.write(invoice({customer = {name = "Bob", email = "bob@example.org"}, items = {items[2]}, total = 11}))

print(pcall(Template.compile, "{{ x | nosuchfilter }}"))
print(pcall(Template.compile, "{% for x in %}{% end %}", "broken"))
print(pcall(Template.compile("{{ 1 + }}", "syntax"), {}))
print(pcall(Template.compile("{{ missing.field }}", "nilfield"), {}))
