#!/usr/bin/env lua this line is skipped
print("after shebang")
print(select('#', ...))
