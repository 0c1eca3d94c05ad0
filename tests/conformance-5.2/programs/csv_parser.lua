local function parse_csv_line(line)
  local fields, pos = {}, 1
  while true do
    if line:sub(pos, pos) == '"' then
      local value, i = "", pos + 1
      while true do
        local a, b = line:find('"', i, true)
        if not a then error("unterminated quoted field at " .. pos) end
        if line:sub(b + 1, b + 1) == '"' then value = value .. line:sub(i, a); i = b + 2
        else value = value .. line:sub(i, a - 1); pos = b + 1; break end
      end
      fields[#fields + 1] = value
      local c = line:sub(pos, pos)
      if c == "," then pos = pos + 1 elseif c == "" then break else error("junk after quoted field at " .. pos) end
    else
      local a = line:find(",", pos, true)
      if a then fields[#fields + 1] = line:sub(pos, a - 1); pos = a + 1
      else fields[#fields + 1] = line:sub(pos); break end
    end
  end
  return fields
end
local rows = {
  'name,age,city',
  'Ann,31,"New York, NY"',
  '"Bob ""The Builder""",45,',
  ',,',
  '"multi","x"',
}
for _, r in ipairs(rows) do
  local f = parse_csv_line(r)
  print(#f, "[" .. table.concat(f, "|") .. "]")
end
print(pcall(parse_csv_line, '"open,1'))
print(pcall(parse_csv_line, '"a"b,1'))
