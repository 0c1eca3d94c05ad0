-- §3.3.1 empty statements and semicolons
;;; local a = 1; ; ; print(a);
do ; end
print(load(";;return 1;") ())
print(load("return 1;;"))
