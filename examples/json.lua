-- A JSON encoder and decoder (RFC 8259 subset) with a round trip. Object keys are emitted sorted so the output is
-- deterministic; numbers keep Lua's integer/float distinction.
local json = {}

local escapes = {['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t'}

local function encodeString(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return escapes[c] or string.format("\\u%04x", c:byte()) end) .. '"'
end

local function isArray(t)
  local n = #t
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  return true
end

function json.encode(v, indent, level)
  level = level or 0
  local t = type(v)
  if t == "nil" then return "null"
  elseif t == "boolean" then return tostring(v)
  elseif t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v)) end
    if math.type(v) == "integer" then return tostring(v) end
    return string.format("%.17g", v)
  elseif t == "string" then return encodeString(v)
  elseif t == "table" then
    local pad = indent and ("\n" .. string.rep(indent, level + 1)) or ""
    local close = indent and ("\n" .. string.rep(indent, level)) or ""
    local sep = indent and ": " or ":"
    local out = {}
    if isArray(v) and (#v > 0 or next(v) == nil) then
      for i = 1, #v do out[i] = pad .. json.encode(v[i], indent, level + 1) end
      if #out == 0 then return "[]" end
      return "[" .. table.concat(out, ",") .. close .. "]"
    end
    local keys = {}
    for k in pairs(v) do
      if type(k) ~= "string" then error("object keys must be strings, got " .. type(k)) end
      keys[#keys + 1] = k
    end
    table.sort(keys)
    for i, k in ipairs(keys) do out[i] = pad .. encodeString(k) .. sep .. json.encode(v[k], indent, level + 1) end
    return "{" .. table.concat(out, ",") .. close .. "}"
  end
  error("cannot encode a " .. t)
end

local Parser = {}
Parser.__index = Parser

function Parser:fail(msg) error(string.format("json: %s at position %d", msg, self.pos), 0) end
function Parser:skip() self.pos = self.s:find("[^ \t\r\n]", self.pos) or #self.s + 1 end
function Parser:peek() self:skip(); return self.s:sub(self.pos, self.pos) end

function Parser:expect(lit)
  if self.s:sub(self.pos, self.pos + #lit - 1) ~= lit then self:fail("expected '" .. lit .. "'") end
  self.pos = self.pos + #lit
end

function Parser:string()
  self:expect('"')
  local buf = {}
  while true do
    local c = self.s:sub(self.pos, self.pos)
    if c == "" then self:fail("unterminated string") end
    self.pos = self.pos + 1
    if c == '"' then break end
    if c == "\\" then
      local e = self.s:sub(self.pos, self.pos)
      self.pos = self.pos + 1
      local map = {b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/"}
      if map[e] then buf[#buf + 1] = map[e]
      elseif e == "u" then
        local hex = self.s:sub(self.pos, self.pos + 3)
        if not hex:match("^%x%x%x%x$") then self:fail("bad unicode escape") end
        buf[#buf + 1] = utf8.char(tonumber(hex, 16))
        self.pos = self.pos + 4
      else self:fail("bad escape") end
    else
      buf[#buf + 1] = c
    end
  end
  return table.concat(buf)
end

function Parser:number()
  local num = self.s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", self.pos)
  if not num or num == "" then self:fail("bad number") end
  self.pos = self.pos + #num
  return math.tointeger(tonumber(num)) or tonumber(num)
end

function Parser:value()
  local c = self:peek()
  if c == "{" then
    self.pos = self.pos + 1
    local obj = {}
    if self:peek() == "}" then self.pos = self.pos + 1; return obj end
    repeat
      self:skip()
      local k = self:string()
      if self:peek() ~= ":" then self:fail("expected ':'") end
      self.pos = self.pos + 1
      obj[k] = self:value()
      local d = self:peek()
      self.pos = self.pos + 1
    until d ~= ","
    if self.s:sub(self.pos - 1, self.pos - 1) ~= "}" then self:fail("expected '}'") end
    return obj
  elseif c == "[" then
    self.pos = self.pos + 1
    local arr = {}
    if self:peek() == "]" then self.pos = self.pos + 1; return arr end
    repeat
      arr[#arr + 1] = self:value()
      local d = self:peek()
      self.pos = self.pos + 1
    until d ~= ","
    if self.s:sub(self.pos - 1, self.pos - 1) ~= "]" then self:fail("expected ']'") end
    return arr
  elseif c == '"' then return self:string()
  elseif c == "t" then self:expect("true"); return true
  elseif c == "f" then self:expect("false"); return false
  elseif c == "n" then self:expect("null"); return nil
  else return self:number() end
end

function json.decode(s)
  local p = setmetatable({s = s, pos = 1}, Parser)
  local v = p:value()
  if p:peek() ~= "" then p:fail("trailing characters") end
  return v
end

-- Round trip
local doc = {
  name = "Tycho",
  version = 0.1,
  tags = {"lua", "dotnet", "interpreter"},
  stats = {files = 42, ratio = 0.75, big = math.maxinteger, tiny = 1e-300},
  nested = {{id = 1, ok = true}, {id = 2, ok = false}, {}},
  text = 'quotes " and \\ backslash\nnew line\ttab \1 control, unicode: é',
}
local compact = json.encode(doc)
print(compact)
local back = json.decode(compact)
print(json.encode(back) == compact)
print(json.encode(back, "  "))
print(back.stats.big == math.maxinteger, math.type(back.stats.files), math.type(back.version), back.nested[1].ok)
print(json.decode('{"a": [1, 2.5, -3e2, "\\u00e9\\n"], "b": null, "c": {}}').a[4])
for _, bad in ipairs({'{"a" 1}', "[1, 2", '"unterminated', "tru", "[1] x"}) do
  print(pcall(json.decode, bad))
end
print(pcall(json.encode, {x = 2, [{}] = 3}))  -- one non-string key: pairs order cannot change the message
