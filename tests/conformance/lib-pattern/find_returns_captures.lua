-- §6.4.1 find returns indices then captures
print(("hello world"):find("(o)(r)"))
print(("hello world"):find("o w"))
print(select("#", ("abc"):find("b")), select("#", ("abc"):find("(b)")), select("#", ("abc"):find("x")))
print(("abc"):find("((b))"))
