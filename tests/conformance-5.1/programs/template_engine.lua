-- a template engine in the 5.1 style: compiles a template to Lua source, loads it with loadstring, runs it with setfenv
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
  local fn, err = loadstring(compile(tmpl), "=template")
  if not fn then return nil, err end
  setfenv(fn, setmetatable(vars, {__index = _G}))
  return pcall(fn)
end
print(render("Hello {{name}}! You have {{#items}} items.", {name = "Ann", items = {1, 2, 3}}))
print(render("{% for i, v in ipairs(items) do %}[{{i}}:{{v}}]{% end %}", {items = {"a", "b"}}))
print(render("{% if admin then %}admin{% else %}user{% end %}", {admin = false}))
print(render("{{missing.field}}", {}))
print(render("{% for %}", {}))
