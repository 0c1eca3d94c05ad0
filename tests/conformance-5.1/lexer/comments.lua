-- line comment
--[[ block
comment ]] print("after block")
--[==[ level 2 ]] still ]==] print("after level 2")
print(1 --[[ inline ]] + 2)
print("a" .. --[[x]] "b")
--[[]]print("empty block")
---[[ not a block
print("dashes")
--]]
