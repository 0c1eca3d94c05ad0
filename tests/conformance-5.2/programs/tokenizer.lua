local function tokenize(src)
  local tokens, pos = {}, 1
  local patterns = {
    {"^%s+", nil},
    {"^%-%-[^\n]*", nil},
    {"^%d+%.?%d*", "number"},
    {"^[%a_][%w_]*", "name"},
    {'^"[^"]*"', "string"},
    {"^[=<>~]=", "op"},
    {"^%.%.", "op"},
    {"^[%+%-%*/%%^#=<>%(%){}%[%];:,%.]", "op"},
  }
  local keywords = {["local"] = true, ["function"] = true, ["return"] = true, ["end"] = true, ["if"] = true, ["then"] = true}
  while pos <= #src do
    local matched = false
    for _, p in ipairs(patterns) do
      local s, e = src:find(p[1], pos)
      if s then
        local text = src:sub(s, e)
        local kind = p[2]
        if kind == "name" and keywords[text] then kind = "keyword" end
        if kind then tokens[#tokens + 1] = {kind = kind, text = text} end
        pos = e + 1
        matched = true
        break
      end
    end
    if not matched then error(("unexpected character %q at %d"):format(src:sub(pos, pos), pos)) end
  end
  return tokens
end
local src = [[
local function add(a, b) -- adds
  return a + b * 2.5
end
if x ~= "str" then y = #t .. z end
]]
local counts = {}
for i, t in ipairs(tokenize(src)) do
  io.write(t.kind:sub(1, 1), ":", t.text, " ")
  counts[t.kind] = (counts[t.kind] or 0) + 1
end
print()
print(counts.keyword, counts.name, counts.op, counts.number, counts.string)
print(pcall(tokenize, "a = $"))
