-- §7 an uncaught error ends the script: stdout so far is kept, the message goes to stderr
print("before")
local t = nil
print(t.x)
print("not reached")
