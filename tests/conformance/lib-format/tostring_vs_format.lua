-- §6.4 %.14g is the default float format
for _, v in ipairs({0.1, 1/3, 100.0, 1e15, 1e16, -1.5e-7, 2^53, 123456.789}) do
  print(tostring(v), string.format("%.14g", v), tostring(v) == string.format("%.14g", v))
end
