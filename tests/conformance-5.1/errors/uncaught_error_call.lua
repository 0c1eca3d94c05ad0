local function validate(x)
  if type(x) ~= "number" then error("expected number, got " .. type(x), 2) end
  return x
end
print(validate(1))
validate("s")
