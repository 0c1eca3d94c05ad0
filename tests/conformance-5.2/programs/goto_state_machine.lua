local function parse_number(s)
  local i, sign, int, frac, scale = 1, 1, 0, 0, 1
  local c
  ::start::
  c = s:sub(i, i)
  if c == "-" then sign = -1; i = i + 1 end
  ::intpart::
  c = s:sub(i, i)
  if c:match("%d") then int = int * 10 + tonumber(c); i = i + 1; goto intpart end
  if c == "." then i = i + 1; goto fracpart end
  goto done
  ::fracpart::
  c = s:sub(i, i)
  if c:match("%d") then scale = scale / 10; frac = frac + tonumber(c) * scale; i = i + 1; goto fracpart end
  ::done::
  if i <= #s then return nil, "junk at " .. i end
  return sign * (int + frac)
end
for _, s in ipairs({"42", "-3.25", "0.5", "12x", "-", "7."}) do print(s, parse_number(s)) end
