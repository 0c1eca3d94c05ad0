-- §3.1 comments: short, long, nested-level long comments
print(1) -- trailing comment
--[[ a long
comment ]] print(2)
--[==[ with ]] inside
]==] print(3)
---[[ this is a short comment, so the next line runs
print(4)
--]]
print(5) --[[ ]] print(6)
