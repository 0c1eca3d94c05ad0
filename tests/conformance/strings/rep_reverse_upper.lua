-- §6.4 rep, reverse, upper, lower, len
print(("ab"):rep(3), ("ab"):rep(3, "-"), ("ab"):rep(0), ("ab"):rep(-1), ("x"):rep(1, "sep"))
print(("Hello World"):upper(), ("Hello World"):lower(), ("abc"):reverse(), (""):reverse())
print(string.len("\0\1"), ("ÀÉ"):len())
