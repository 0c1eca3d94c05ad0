local function serialize(v, indent, seen)
  indent, seen = indent or "", seen or {}
  local t = type(v)
  if t == "string" then return string.format("%q", v)
  elseif t == "number" or t == "boolean" or t == "nil" then return tostring(v)
  elseif t == "table" then
    if seen[v] then error("cycle detected", 0) end
    seen[v] = true
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b)
      local ta, tb = type(a), type(b)
      if ta ~= tb then return ta < tb end
      return a < b
    end)
    local out = {}
    local inner = indent .. "  "
    for _, k in ipairs(keys) do
      local ks
      if type(k) == "string" and k:match("^[%a_][%w_]*$") then ks = k
      else ks = "[" .. serialize(k, inner, seen) .. "]" end
      out[#out + 1] = inner .. ks .. " = " .. serialize(v[k], inner, seen)
    end
    seen[v] = nil
    if #out == 0 then return "{}" end
    return "{\n" .. table.concat(out, ",\n") .. "\n" .. indent .. "}"
  end
  error("cannot serialize a " .. t, 0)
end
local data = {name = "config", version = 1.5, list = {1, 2, "three"}, nested = {deep = {ok = true}}, [10] = "ten", ["with space"] = false}
local text = serialize(data)
print(text)
local load = loadstring or load
local back = load("return " .. text)()
print(serialize(back) == text, back.nested.deep.ok, back["with space"], back[10])
local cyc = {}
cyc.me = cyc
print(pcall(serialize, cyc))
print(pcall(serialize, {f = print}))
