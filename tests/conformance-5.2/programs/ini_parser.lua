local function parse_ini(text)
  local data, section, errors = {}, nil, {}
  local n = 0
  for line in (text .. "\n"):gmatch("(.-)\r?\n") do
    n = n + 1
    line = line:match("^%s*(.-)%s*$")
    if line == "" or line:sub(1, 1) == ";" or line:sub(1, 1) == "#" then
    elseif line:match("^%[.-%]$") then
      section = line:match("^%[%s*(.-)%s*%]$")
      data[section] = data[section] or {}
    else
      local k, v = line:match("^([%w_%.]+)%s*=%s*(.-)$")
      if not k then errors[#errors + 1] = "line " .. n .. ": cannot parse '" .. line .. "'"
      elseif not section then errors[#errors + 1] = "line " .. n .. ": key outside section"
      else
        if v == "true" then v = true elseif v == "false" then v = false
        elseif tonumber(v) then v = tonumber(v)
        else v = v:match('^"(.*)"$') or v end
        data[section][k] = v
      end
    end
  end
  return data, errors
end
local data, errors = parse_ini([[
; comment
orphan = 1
[server]
host = example.org
port = 8080
debug = true
[ paths ]
root = "/var/www"
ratio=0.75
bad line here
]])
local sections = {}
for s in pairs(data) do sections[#sections + 1] = s end
table.sort(sections)
for _, s in ipairs(sections) do
  local keys = {}
  for k in pairs(data[s]) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do print(s .. "." .. k, type(data[s][k]), tostring(data[s][k])) end
end
for _, e in ipairs(errors) do print(e) end
