-- §6.4.1 gmatch with an anchor matches only at the start (5.4)
for x in ("aaa"):gmatch("^a") do io.write(x, ".") end print()
local t = {}
for k, v in ("a=1;b=2"):gmatch("(%w)=(%d)") do t[#t + 1] = k .. v end
print(table.concat(t, ","))
