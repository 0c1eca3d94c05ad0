-- §6.5 strict and lax decoding
print(utf8.len("\u{D800}"), utf8.len("\u{D800}", 1, -1, true))
print(utf8.len("\u{7FFFFFFF}", 1, -1, true), utf8.len("\u{110000}"))
print(pcall(function() for p, c in utf8.codes("a\xffb") do end end))
print(#utf8.char(0x7FFFFFFF), utf8.codepoint(utf8.char(0x10FFFF)))
