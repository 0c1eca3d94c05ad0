-- §6.8 io.open modes
local name = os.tmpname()
for _, m in ipairs({"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b"}) do
  local f, err = io.open(name, m)
  io.write(m, "=", io.type(f) or tostring(err), " ")
  if f then f:close() end
end
print()
for _, m in ipairs({"x", "rw", "", "r+x", "b", "+", "wbx", "rr"}) do
  print(m, pcall(io.open, name, m))
end
os.remove(name)
print(io.open("/nonexistent_dir_tycho/file.txt"))
print(io.open("/nonexistent_dir_tycho/file.txt", "w"))
