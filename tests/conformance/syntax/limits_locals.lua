-- §3 too many local variables / upvalues (limits are 200 and 255)
local src = {}
for i = 1, 201 do src[#src + 1] = "local a" .. i .. " = " .. i end
print(load(table.concat(src, "\n")))
local ok = {}
for i = 1, 199 do ok[#ok + 1] = "local b" .. i .. " = " .. i end
print(load(table.concat(ok, "\n") .. "\nreturn b199")())
