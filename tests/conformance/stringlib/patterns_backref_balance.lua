-- §6.4.1 %1 back-references, %b balance, %f frontier
print(('say "hi" and "bye"'):match('(["\'])(.-)%1'))
print(("x = [[long]]"):match("%[(=*)%[(.-)%]%1%]"))
print(("(foo(bar))baz"):match("%b()"), ("if { a { b } } end"):match("%b{}"))
print(("THE (quick) fox"):gsub("%f[%a]%a+", "W"))
print(("hello.world"):match("%f[%.].*"))
