-- §6.5 overlong encodings are invalid even in lax mode
for _, s in ipairs({"\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xF0\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xE0\xA0\x80"}) do
  io.write(tostring(utf8.len(s)), "/", tostring(utf8.len(s, 1, -1, true)), " ")
end
print()
print(utf8.len("\xFE"), utf8.len("\xBF"), utf8.len("\xC2"), utf8.len("\xC2\x80"))
