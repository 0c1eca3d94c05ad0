-- a template engine for 5.2: compiles a template to Lua source and loads it with an environment table
local function compile(tmpl)
  local code = {"local _out = {} "}
  local pos = 1
  while true do
    local s, e, kind, body = tmpl:find("{([{%%])(.-)[}%%]}", pos)
    if not s then break end
    code[#code + 1] = ("_out[#_out+1] = %q "):format(tmpl:sub(pos, s - 1))
    if kind == "{" then code[#code + 1] = ("_out[#_out+1] = tostring(%s) "):format(body)
    else code[#code + 1] = body .. " " end
    pos = e + 1
  end
  code[#code + 1] = ("_out[#_out+1] = %q "):format(tmpl:sub(pos))
  code[#code + 1] = "return table.concat(_out)"
  return table.concat(code)
end
local function render(tmpl, vars)
  local fn, err = load(compile(tmpl), "=template", "t", setmetatable(vars, {__index = _G}))
  if not fn then return nil, err end
  return pcall(fn)
end
print(render("Hello {{name}}! You have {{#items}} items.", {name = "Ann", items = {1, 2, 3}}))
print(render("{% for i, v in ipairs(items) do %}[{{i}}:{{v}}]{% end %}", {items = {"a", "b"}}))
print(render("{% if admin then %}admin{% else %}user{% end %}", {admin = false}))
print(render("{{missing.field}}", {}))
print(render("{% for %}", {}))
print(render("{% goto skip %}hidden{% ::skip:: %}shown", {}))
