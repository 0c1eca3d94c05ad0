-- §3.4.1 unary minus and precedence
print(-2 ^ 2, (-2) ^ 2, - - 2, -(-3), 2 - -2)
print(-"3", -"3.0", -math.mininteger == math.mininteger)
print(not 1 == 2, not (1 == 2), -3 % 5, (-3) % 5)
