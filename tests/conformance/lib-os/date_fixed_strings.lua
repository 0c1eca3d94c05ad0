-- §6.9 composite date formats on fixed UTC times
local times = {0, 946684800, 951782400, 1234567890, 2147483647, -1}
for _, t in ipairs(times) do
  print(os.date("!%Y-%m-%dT%H:%M:%S %a %b %j %U %W %V %G %g %u %w %p %I %y %C %e|", t))
end
