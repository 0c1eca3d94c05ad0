print("\x41\x62", #"\x41")
print("a\z
      b")
print("\065\10x" == "A\nx")
