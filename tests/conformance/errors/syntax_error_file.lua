-- §7 a syntax error in the script itself (reported without traceback)
print("never printed")
local x = = 1
