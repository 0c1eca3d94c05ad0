-- §3.4.1/§6.4: arithmetic on strings goes through the string metamethods; an integer division or modulo by zero
-- raises lvm.c's messages, without position (the error comes from a C function). Found by tests/difffuzz.
print(pcall(function () return "12" // 0 end))
print(pcall(function () return "  12  " % 0 end))
print(pcall(function () return 12 // "0" end))
print(pcall(function () return "7" % "0" end))
print(pcall(function () return "7.0" // 0 end))
print(pcall(function () return 12 // 0 end))
print(pcall(function () return 12 % 0 end))
