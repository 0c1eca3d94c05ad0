-- §6.9 os.remove and os.rename on missing files return nil, message, code
print(os.remove("surely-missing-file-xyz.txt"))
print(os.rename("surely-missing-file-xyz.txt", "other-missing.txt"))
