-- §3.1 comments everywhere
local t = { -- comment
  1, --[[ inline ]] 2,
  --[==[ block
  ]==]
  3,
}
print(#t, t[3])
print(1 + --[[x]] 2)
