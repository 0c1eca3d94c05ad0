-- §6.9 padded fields on single-digit values
local t = 978397445   -- 2001-01-02 01:04:05 UTC
print(os.date("!%d|%e|%H|%I|%j|%m|%M|%S|%y|%D|%T|%R|%r|%p", t))
print(os.date("!%c", t))
print(os.date("!%x|%X|%Y|%G|%g|%V|%U|%W|%u|%w|%a|%A|%b|%B|%h", t))
