-- utf8.codes checks its subject's first byte at once (5.4.8): a leading continuation byte is a bad argument,
-- and a continuation byte after a complete character is an invalid code during the iteration.
print(pcall(utf8.codes, "\x80abc"))
print(pcall(utf8.codes, "\xbf"))
print(select("#", utf8.codes("")), select(3, utf8.codes("")))
for _, s in ipairs{"a\x80", "ab\xff", "\u{7FF}\x80x", "\u{10FFFF}"} do
  print(pcall(function ()
    local out = {}
    for p, c in utf8.codes(s) do out[#out + 1] = p .. ":" .. c end
    return table.concat(out, " ")
  end))
end
print(pcall(function () for _ in utf8.codes("a\x80", true) do end end))
