print("never printed: the chunk does not compile")
goto missing
