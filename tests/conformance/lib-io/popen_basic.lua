-- §6.8 io.popen read and write
local p = io.popen("echo hello; echo world")
print(io.type(p), p:read("l"), p:read("a"))
print(p:close())
local q = io.popen("exit 3")
print(q:close())
print(pcall(io.popen, "true", "x"))
local w = io.popen("cat > /dev/null", "w")
print(w:write("data") == w, w:close())
