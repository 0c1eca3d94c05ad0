-- §3.4.8 operator precedence and associativity
print(2 + 3 * 4, (2 + 3) * 4, 2 ^ 3 ^ 2, (2 ^ 3) ^ 2)
print(1 .. 2 .. 3, "a" .. "b" == "ab", 1 + 2 .. "", 2 * 3 .. 4)
print(1 < 2 == true, not nil == true, 1 or 2 and 3, nil and 1 or 2)
print(1 | 2 ~ 3 & 4, 1 << 2 + 1, 5 & 3 == 1)
print(#"abc" + 1, -#"ab", ~1 + 1)
print(2 ^ -2, -2 ^ -2, 7 // 2 * 2, 7 % 4 % 3)
