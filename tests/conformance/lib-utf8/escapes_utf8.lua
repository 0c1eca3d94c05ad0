-- §3.1 \u{XXX} escapes produce UTF-8
print(#"\u{0}", #"\u{7F}", #"\u{80}", #"\u{7FF}", #"\u{800}", #"\u{FFFF}", #"\u{10000}", #"\u{10FFFF}", #"\u{7FFFFFFF}")
print("\u{48}\u{49}", "\u{E9}" == "é", "\u{20AC}" == utf8.char(8364))
print(utf8.codepoint("\u{10FFFF}"), utf8.len("\u{D800}"), utf8.len("\u{D800}", 1, -1, true))
