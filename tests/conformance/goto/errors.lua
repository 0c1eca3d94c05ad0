-- §3.3.4 goto rules: visible labels only, no jump into the scope of a local
print(load("goto nowhere"))
print(load("do ::l:: end goto l"))
print(load("::a:: ::a::"))
print(load("goto f; local x; ::f:: print(x)"))
print(load("local function f() goto out end ::out::"))
print(load("repeat goto cont; local x; ::cont:: until x"))
