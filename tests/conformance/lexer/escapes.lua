-- §3.1 escape sequences in short strings
print("a\tb", "c\\d", "e\"f", 'g\'h')
print(("\a\b\f\n\r\v"):byte(1, -1))
print("\65\066\0671", ("\0"):byte(), #"\0\0")
print("\x41\x62\x7A", "\u{48}\u{49}", #"\u{7FF}", #"\u{FFFF}", #"\u{10FFFF}", #"\u{7FFFFFFF}")
print("a\z
       b", "c\
d")
print(#"\z   ", "\u{E9}" == "\xC3\xA9")
