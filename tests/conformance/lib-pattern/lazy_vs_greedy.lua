-- §6.4.1 lazy and greedy expansions
local html = "<b>bold</b> and <i>it</i>"
print(html:match("<(.-)>"), html:match("<(.*)>"))
local t = {}
for tag in html:gmatch("<(%a)>") do t[#t + 1] = tag end
print(table.concat(t, ","))
print(("aaa"):match("^(a-)(a*)$"))
print(("aaa"):match("^(a*)(a-)$"))
print(("/usr/local/bin"):match("^(.*)/(.-)$"))
print(("/usr/local/bin"):match("^(.-)/(.*)$"))
