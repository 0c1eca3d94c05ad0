print("5.1 has no goto statement")
goto label
