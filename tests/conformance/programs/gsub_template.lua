-- §6.4.1 a tiny template engine with gsub and nested lookups
local function render(tpl, ctx)
  return (tpl:gsub("{{%s*([%w_%.]+)%s*}}", function(path)
    local v = ctx
    for part in path:gmatch("[^%.]+") do v = type(v) == "table" and v[part] or nil end
    return v ~= nil and tostring(v) or "?"
  end))
end
print(render("Hello {{ user.name }}, you have {{count}} new {{ what }}.", {user = {name = "Ada"}, count = 3}))
