#!/usr/bin/env lua5.4 this first line is skipped by the standalone interpreter (§7)
print("after shebang")
print(debug.getinfo(1, "l").currentline)
