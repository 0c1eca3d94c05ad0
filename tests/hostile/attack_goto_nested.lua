-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
::a::
do
  ::b::
  for i = 1, 10 do goto b end
end
goto a
