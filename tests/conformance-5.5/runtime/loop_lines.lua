-- §4.7 line events of loops, break and goto: each version's code layout shows in the lines the hook sees (a
-- numeric for's preparation sits on the 'do' line; up to 5.3 it jumps to the loop's test at the end; 5.2/5.3 code
-- break/goto before the keyword). Chunks that do not compile in this version print "skip".
local load = loadstring or load
local cases = {
  "for i=1,4 do a=1 end",
  "for i=1,3 do\n  a=i\nend\n",
  "for i=1,0 do\n  a=i\nend\na=2\n",
  "for i=1,0 do a=i end a=2",
  "for i=1,2 do end",
  "for i=1,2 do\nend\n",
  "for i=1,\n2\ndo\n a=i\nend\n",
  "for i=1,\n2\ndo a=i end\n",
  "for i=\n1,2 do\n a=i\nend\n",
  "for i=1,2\ndo\n a=i\nend\n",
  "for i=3,1,-1 do a=i end\n",
  "for i,v in pairs{'a','b'} do\n  a=tostring(i) .. v\nend\n",
  "for i,v in pairs{'a','b'} do a=v end",
  "for i,v in pairs{} do a=v end a=1",
  "for i,v in\npairs{'a'}\ndo\n a=v\nend\n",
  "for i,v in ipairs{1, 2}\ndo a=v end\n",
  "local a=0 while a<3 do a=a+1 end",
  "local a=0\nwhile a<3 do\n a=a+1\nend\n",
  "local a=0\nrepeat\n a=a+1\nuntil a>2\n",
  "for i=1,2 do\n for j=1,2 do\n  a=j\n end\nend\n",
  "if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend\n",
  "local x = 1\nif x >\n0\nthen\n a=1\nend\n",
  "for i=1,3 do\n if i==2 then break end\n a=i\nend\n",
  "for i=1,3 do if i==2 then break end a=i end",
  "for i=1,3 do\n if i == 2\n then\n break\n end\nend\n",
  "while true do\n  break\nend\na=1\n",
  "local a = 0\nwhile true do\n a=a+1\n if a > 2 then\n  break\n end\nend\n",
  "local a = 0\nwhile true do\n a=a+1\n if a > 2 then break end\nend\n",
  "while math.sin(1) do\n  if math.sin(1)\n  then break\n  end\nend\na=1",
  "for i=1,3 do\n if i==2 then goto c end\n a=i\n ::c::\nend\n",
  "do\n goto l\n a=1\n ::l::\nend\n",
  "local i=1\n::top::\ni=i+1\nif i<3 then goto top end\n",
  "local i=1\n::top::\nlocal j = i\nlocal f = function() return j end\ni=i+1\nif i<3 then goto top end\n",
  "for i=1,2 do\n if i then\n  goto cont\n end\n ::cont::\nend\n",
}
for _, s in ipairs(cases) do
  local f = load(s)
  local t = {}
  if f then
    debug.sethook(function (e, l) t[#t + 1] = l end, "l"); f(); debug.sethook()
    print((s:gsub("\n", "|")), table.concat(t, ","))
  else
    print((s:gsub("\n", "|")), "skip")
  end
end
