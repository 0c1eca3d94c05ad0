-- Cases of the Lua 5.3 profile tests (Lua53Tests.cs): each is a chunk returning one string. Their expected
-- results are what the 5.3.6 oracle returns: `lua5.3.6 generate.lua > ../Lua53Expectations.g.cs` rewrites them.
return {
  {"ArithCoercesStringsToFloats", [[return table.concat({"10"+1, "3"//"2", -"2", "0x10"+0, "1e1"*1, "7"%"4", "2"^"3"}, " ")]]},
  {"BitwiseCoercesStringsToIntegers", [[return table.concat({"3"|0, "0xAA.0" & 0xff, ~"7", "1" << "4"}, " ")]]},
  {"StringMetatableHasNoArithmetic", [[return tostring(getmetatable("").__add) .. " " .. tostring(getmetatable("").__unm)]]},
  {"ArithErrorBlamesTheUnconvertibleOperand", [[local aaa = "a"; return select(2, pcall(function() return aaa + 1 end))]]},
  {"ArithErrorBlamesTheNilAfterANumeral", [[aaa = "2"; b = nil; return select(2, pcall(function() return aaa * b end))]]},
  {"ArithErrorDoesNotNameStringConstants", [[return select(2, pcall(function() return "a" + 1 end))]]},
  {"BitwiseErrorOnFloatString", [[local x = "1.5"; return select(2, pcall(function() return x | 1 end))]]},
  {"BitwiseErrorOnTable", [[local x = {}; return select(2, pcall(function() return "1" | x end))]]},
  {"LeFallsBackToNotLt", [[
    local log = {}
    local mt = {__lt = function(a, b) log[#log + 1] = tostring(a == 1) .. tostring(b == 1); return false end}
    local t = setmetatable({}, mt)
    return tostring(t <= 1) .. " " .. tostring(1 <= t) .. " " .. table.concat(log, ",")]]},
  {"LeFallbackInsideCoroutine", [[
    local mt = {__lt = function(a, b) coroutine.yield("lt"); return a.x < b.x end}
    local a, b = setmetatable({x = 1}, mt), setmetatable({x = 2}, mt)
    local co = coroutine.wrap(function() return a <= b, b <= a end)
    local y = co()
    local r1, r2 = co()
    return y .. " " .. tostring(r1) .. " " .. tostring(r2)]]},
  {"LeWithoutLtIsAnError", [[return select(2, pcall(function() return {} <= {} end))]]},
  {"ClosuresAreCached", [[
    local a = {}
    for i = 1, 3 do a[i] = function(x) return x + a end end
    local f = function() return function(x) return _ENV[x] end end
    local b = {}
    for i = 1, 3 do b[i] = function() return i end end
    return tostring(a[1] == a[2]) .. " " .. tostring(f() == f()) .. " " .. tostring(b[1] == b[2])]]},
  {"PrintCallsGlobalTostring", [[
    local ts = tostring
    local out = {}
    tostring = function(x) out[#out + 1] = ts(x); return "<" .. ts(x) .. ">" end
    print(1, "x")
    tostring = function() return {} end
    local ok, msg = pcall(print, 1)
    tostring = nil
    local ok2, msg2 = pcall(print, 1)
    tostring = ts
    return table.concat(out, ",") .. " " .. msg .. " " .. msg2]]},
  {"NoWarnNoCoroutineClose", [[return tostring(warn) .. " " .. tostring(coroutine.close)]]},
  {"CollectgarbageHasNo54Modes", [[return select(2, pcall(collectgarbage, "generational")) .. " " .. select(2, pcall(collectgarbage, "incremental"))]]},
  {"CollectgarbageStepFinishesCycles", [[collectgarbage("stop"); local r = collectgarbage("step", 100000); collectgarbage("restart"); return tostring(r)]]},
  {"GcErrorIsRaised", [[
    setmetatable({}, {__gc = function() error("boom", 0) end})
    local ok, msg = pcall(collectgarbage)
    setmetatable({}, {__gc = true})
    return tostring(ok) .. " " .. msg .. " " .. tostring(pcall(collectgarbage))]]},
  {"Utf8HasNoLaxModeAndStopsAtMaxUnicode", [[
    return table.concat({select(2, pcall(utf8.char, 0x110000)), tostring(utf8.len("\xF4\x90\x80\x80")),
      tostring(utf8.len("\xED\xA0\x80")), select(2, pcall(utf8.codepoint, "abc", 4)),
      select(2, pcall(utf8.offset, "abc", 1, 5)), select(2, pcall(utf8.len, "abc", 5)), #utf8.charpattern,
      utf8.charpattern:byte(7)}, " ")]]},
  {"Utf8CodesChecksAsItGoes", [[
    local r = {}
    local ok, msg = pcall(function() for p, c in utf8.codes("ab\xff") do r[#r + 1] = c end end)
    return table.concat(r, ",") .. " " .. msg]]},
  {"FormatScansAs53", [[
    local t = {}
    for _, f in ipairs{"%100.3d", "%1.100d", "%t", "%" .. string.rep("0", 6) .. "d", "%p", "%-+ #0d"} do
      local ok, r = pcall(string.format, f, 10); t[#t + 1] = r
    end
    return table.concat(t, "|") .. "|" .. string.format("%5q", "a")]]},
  {"UnpackPositionZeroIsOutOfString", [[return select(2, pcall(string.unpack, "c0", "abc", 0)) .. " " .. string.unpack("b", "abc", -3)]]},
  {"RandomRangesAndSeed", [[
    local r = {select(2, pcall(math.random, 0)), select(2, pcall(math.random, math.mininteger, 0)),
      select(2, pcall(math.random, 3, 1)), tostring(select("#", math.randomseed(7))),
      select(2, pcall(math.randomseed))}
    local ok = true
    for i = 1, 200 do local x = math.random(3, 5); ok = ok and x >= 3 and x <= 5 and math.type(x) == "integer" end
    local f = math.random()
    return table.concat(r, " ") .. " " .. tostring(ok and f >= 0 and f < 1)]]},
  {"UpvalueIdChecksIndex", [[return select(2, pcall(debug.upvalueid, print, 1)) .. " " .. tostring(debug.setcstacklimit)]]},
  {"DebugNamesHaveStars", [[
    local function f(...) local n = debug.getlocal(1, -1); local t = debug.getlocal(1, 3); return n .. " " .. tostring(t) end
    local m = setmetatable({}, {__add = function() return debug.getinfo(1, "n").name end})
    return f(5) .. " " .. (m + 1) .. " " .. debug.getlocal(0, 1)]]},
  {"LabelsMayRepeatInNestedBlocks", [[
    local x = 0
    do goto l1; x = 1; ::l1:: end
    ::l1::
    do goto l2; ::l2:: x = x + 10 end
    ::l2::
    return tostring(x)]]},
  {"GotoFindsTheNearestDeclaringBlock", [[
    local n = 0
    ::top::
    n = n + 1
    do if n < 3 then goto top end end
    do goto top; ::top:: n = n + 100 end
    return tostring(n)]]},
  {"ForMessages", [[
    local t = {}
    for _, c in ipairs{"for i = 1, 'a' do end", "for i = 1, 2, {} do end", "for i = {}, 2 do end", "for k in 3 do end"} do
      t[#t + 1] = select(2, pcall(load(c)))
    end
    return table.concat(t, "|")]]},
  {"CallErrorsAreOnThePrefixLine", [[return select(2, pcall(load("local a = {x = 13}\na\n.\nx\n(\n23\n)")))]]},
  {"UnicodeEscapesStopAtMaxUnicode", [[return select(2, load("return '\\u{110000}'")) .. " " .. #load("return '\\u{10FFFF}'")()]]},
  {"TooManyCLevels", [[return select(2, load("local a; a=" .. string.rep("{", 201)))]]},
  {"IoLinesReturnsOneValue", [[
    local name = os.tmpname()
    local f = io.open(name, "w"); f:write("X = 1\n"); f:close()
    local n = select("#", io.lines(name))
    local chunk = load(io.lines(name, "L"))
    os.remove(name)
    return tostring(n) .. " " .. type(chunk)]]},
  {"IpairsHonoursIpairsMetamethod", [[
    local t = setmetatable({}, {__ipairs = function(t) return function(_, i) if i < 2 then return i + 1, "x" end end, t, 0 end})
    local r = {}
    for i, v in ipairs(t) do r[#r + 1] = i .. v end
    for i, v in ipairs({"a"}) do r[#r + 1] = i .. v end
    return table.concat(r, " ")]]},
}
