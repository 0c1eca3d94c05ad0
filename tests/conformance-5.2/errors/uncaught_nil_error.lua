print("about to raise nil")
error(nil)
