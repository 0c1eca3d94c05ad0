#!/usr/bin/env python3
"""Differential fuzzer: random Lua programs run by the oracle (PUC-Rio Lua 5.4.8) and by Tycho, outputs compared.

Each generated program is a short chunk of local declarations and `print(pcall(function() return EXPR end))`
lines over the families where an interpreter can quietly differ: integer/float arithmetic and its corner cases
(minint, -0.0, inf, nan, division and modulo by zero), string<->number coercion, comparisons, bitwise operators,
concatenation, number formatting (tostring, %g/%d/%x/%5.2f/%q), the string, math, table, utf8 libraries, and
runtime error messages with variable information (global/local/field/upvalue/constant names). Programs are
deterministic (no addresses, no pairs order, no time) and cannot loop. A share of them (--mutate, 15%) get one
random token edit, so syntax error messages (manual §3 grammar, llex/lparser wording and order) are compared too.

Programs are run in batches through driver.lua (one interpreter process per batch), so tens of thousands of
programs take minutes. Every program whose output differs is written to OUT/diff-N.lua with both outputs in
OUT/diff-N.txt; the summary counts programs compared and differences, grouped by the first differing line's shape.

Usage: python3 tests/difffuzz/difffuzz.py [--programs N] [--batch N] [--seed S] [--tycho PATH] [--lua PATH]
                                          [--out DIR] [--quiet]
Defaults: 20000 programs, batches of 500, seed from the clock (printed, so a run can be repeated), tycho from
artifacts/tycho (dotnet publish src/Tycho.Cli -c Release -o artifacts/tycho), lua = the 5.4.8 oracle that
../shared/lua/build-oracle.sh builds. Exit status 1 when any program differed.
"""
import argparse, collections, os, random, re, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

INTS = ["0", "1", "-1", "2", "3", "7", "10", "-7", "255", "1000", "2^53", "math.maxinteger", "math.mininteger",
        "(math.mininteger)", "0x7fffffffffffffff", "0xff", "0x10", "9007199254740993", "-0", "100000000000000"]
FLOATS = ["0.0", "-0.0", "0.5", "-0.5", "1.5", "2.5", "-2.5", "3.0", "1e15", "1e16", "1e100", "1e308", "-1e308",
          "0.1", "1/3", "1/0", "-1/0", "0/0", "math.huge", "-math.huge", "math.pi", "2^63", "-2^63", "2^-1074",
          "123.456", "1e-7", "5e-324", "3.14159e10", "0x1p4", "0x.8"]
STRINGS = ['"10"', '"0x10"', '" 3 "', '"1e2"', '"abc"', '""', '"-5"', '"3.5"', '"inf"', '"nan"', '"0x1p4"',
           '"1e"', '" 0x "', '"\\0a"', '"a\\0b"', '"Hello"', '"x y z"', '"%d"', '"9223372036854775807"',
           '"9223372036854775808"', '"-9223372036854775808"', '"1E+2"', '"  12  "', '"\\xff\\xfe"', '"caf\\u{E9}"']
OTHERS = ["nil", "true", "false", "{}", "{1, 2, 3}", "print", "x", "t", "t.a", "t[1]", "u", "s", "k", "undefinedvar",
          "t.n.m", "s.x"]
BINOPS = ["+", "-", "*", "/", "//", "%", "^", "&", "|", "~", "<<", ">>", "..", "==", "~=", "<", "<=", ">", ">=",
          "and", "or"]
UNOPS = ["-", "~", "not ", "#"]
FORMATS = ["%d", "%5d", "%-5d|", "%x", "%X", "%o", "%g", "%.3g", "%10.4f", "%.14g", "%e", "%.0f", "%5.2f", "%s",
           "%q", "%i", "%c", "%%", "%5s|", "%.2s", "%+d", "% d", "%#x", "%05d"]
FIND_PATTERNS = ['"a"', '"%d+"', '""', '"(x)"', '"[a-"', '"%"', '".-"']
GSUB_PATTERNS = ['"%w"', '""', '"(%w+)"', '"x*"', '"%s"']
GSUB_REPLACEMENTS = ['"%1-"', '"%0%0"', '""', '{}', '"%2"', 'string.upper']
PACK_FORMATS = ['"i4"', '"i8"', '"b"', '"B"', '"h"', '"d"', '"n"', '"j"', '"<i2"', '">I3"', '"s1"', '"z"', '"i16"', '"f"']
CONSTS = ['"a\\0b"', '10', '2.5', '"k"']


class Gen:
    """Random expressions over a small set of locals: x (number), s (string), t (table), u (nil), k (constant)."""

    def __init__(self, rng):
        self.r = rng

    def atom(self):
        r = self.r.random()
        if r < 0.3:
            return self.r.choice(INTS)
        if r < 0.55:
            return self.r.choice(FLOATS)
        if r < 0.8:
            return self.r.choice(STRINGS)
        return self.r.choice(OTHERS)

    def num(self, depth):
        if depth <= 0 or self.r.random() < 0.4:
            return self.r.choice(INTS + FLOATS) if self.r.random() < 0.85 else self.r.choice(STRINGS)
        return self.expr(depth - 1)

    def small_int(self):
        return self.r.choice(["0", "1", "2", "3", "-1", "-2", "5", "10", "-10", "100", "1.0", "2.5", '"3"'])

    def call(self, depth):
        c = self.r.randrange(40)
        e = lambda: self.expr(depth - 1)
        n = lambda: self.num(depth - 1)
        s = lambda: self.r.choice(STRINGS) if self.r.random() < 0.7 else self.expr(depth - 1)
        i = self.small_int
        if c == 0: return f"math.floor({n()})"
        if c == 1: return f"math.ceil({n()})"
        if c == 2: return f"math.fmod({n()}, {n()})"
        if c == 3: return f"math.tointeger({n()})"
        if c == 4: return f"math.abs({n()})"
        if c == 5: return f"math.max({n()}, {n()})"
        if c == 6: return f"math.min({n()}, {n()}, {n()})"
        if c == 7: return f"math.type({e()})"
        if c == 8: return f"math.ult({n()}, {n()})"
        if c == 9: return f"tostring({e()})"
        if c == 10: return f"tonumber({e()})"
        if c == 11: return f"tonumber({s()}, {self.r.choice(['2', '10', '16', '36', '8', '1', '37', '10.0'])})"
        if c == 12: return f"string.format({self.r.choice(FORMATS)!r}, {e()})".replace("'", '"')
        if c == 13: return f"string.rep({s()}, {self.r.choice(['0', '1', '2', '3', '-1'])}, {s()})"
        if c == 14: return f"string.sub({s()}, {i()}, {i()})"
        if c == 15: return f"string.byte({s()}, {i()}, {i()})"
        if c == 16: return f"string.char({self.r.choice(['65', '0', '255', '256', '-1', '97.0', '97.5'])})"
        if c == 17: return f"({s()}):upper()"
        if c == 18: return f"string.len({e()})"
        if c == 19: return f"select({self.r.choice(['1', '2', '-1', '#', '0', '-3'])}, {e()}, {e()})"
        if c == 20: return f"table.concat({{{e()}, {e()}}}, {s()})"
        if c == 21: return f"string.find({s()}, {self.r.choice(FIND_PATTERNS)}, {i()})"
        if c == 22: return f"string.gsub({s()}, {self.r.choice(GSUB_PATTERNS)}, {self.r.choice(GSUB_REPLACEMENTS)})"
        if c == 23: return f"utf8.char({self.r.choice(['72', '0x7FF', '0x10FFFF', '0x7FFFFFFF', '-1', '233'])})"
        if c == 24: return f"utf8.len({s()}, {i()})"
        if c == 25: return f"utf8.codepoint({s()}, {i()}, {i()})"
        if c == 26: return f"string.reverse({s()})"
        if c == 27: return f"#{s()}"
        if c == 28: return f"rawequal({e()}, {e()})"
        if c == 29: return f"rawlen({e()})"
        if c == 30: return self.r.choice(["t.a()", "s:nomethod()", "u.x", "x.y", "k.z", "t.n.m.q", "t.n:m()",
                                          "undefinedvar.f", "math.nofunc()", "(t.a)()", "string.nop.x", "t[u]"])
        if c == 31: return f"table.unpack({{1, 2, 3}}, {i()}, {i()})"
        if c == 32: return f"(function() local l = {{1, 2, 3}} table.insert(l, {i()}, {e()}) return #l, l[1], l[#l] end)()"
        if c == 33: return f"(function() local l = {{1, 2, 3}} local r = table.remove(l, {i()}) return r, #l end)()"
        if c == 34: return f"string.format(\"%q\", {n()})"
        if c == 35: return f"string.unpack({self.r.choice(PACK_FORMATS)}, string.pack({self.r.choice(PACK_FORMATS)}, {n()}))"
        if c == 36: return f"table.concat(table.move({{1, 2, 3}}, {i()}, {i()}, {i()}), \",\")"
        if c == 37: return f"({e()}) {self.r.choice(['<', '<=', '>', '>='])} ({e()})"
        if c == 38: return f"string.format({self.r.choice(FORMATS)!r}, {n()}, {e()})".replace("'", '"')
        return f"select(\"#\", {e()}, nil, {e()})"

    def expr(self, depth):
        if depth <= 0:
            return self.atom()
        r = self.r.random()
        if r < 0.45:
            op = self.r.choice(BINOPS)
            return f"({self.num(depth - 1)} {op} {self.num(depth - 1)})"
        if r < 0.55:
            return f"({self.r.choice(UNOPS)}{self.num(depth - 1)})"
        if r < 0.9:
            return self.call(depth)
        return self.atom()

    def program(self):
        lines = ["local x, s, t, u = 7, \"str\", {a = 1, n = {}}, nil",
                 f"local k <const> = {self.r.choice(CONSTS)}"]
        for _ in range(self.r.randint(2, 6)):
            e = self.expr(self.r.randint(1, 3))
            form = self.r.random()
            if form < 0.62:
                lines.append(f"print(pcall(function() return {e} end))")
            elif form < 0.85:
                lines.append(f"print(pcall(function() local v = {e}; return v, math.type(v) end))")
            elif form < 0.78:
                # A numeric for loop (manual §3.3.5) over generated bounds, cut after 12 iterations.
                lines.append(f"print(pcall(function() local r = {{}} for i = {self.num(1)}, {self.num(1)}, "
                             f"{self.r.choice(['1', '-1', '0.5', '2', '0', '-0.25', '3.0', 'x', '1e308'])} do "
                             f"r[#r + 1] = i if #r >= 12 then break end end return #r, r[1], r[#r] end))")
            else:
                # A statement: errors raised here carry variable info for locals and upvalues.
                lines.append(f"print(pcall(function() local y = {self.atom()}; return y {self.r.choice(BINOPS)} {e} end))")
        return "\n".join(lines) + "\n"


TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z_0-9]*|0x[0-9a-fA-F.p]+|\d[\d.e]*|\.\.\.|\.\.|[<>=~/]=|//|<<|>>|::|\S')
KEYWORDS = ["end", "do", "then", "local", "function", "return", "break", "goto", "::l::", "if", "for", "in", "=",
            "(", ")", "{", "}", "[", "]", ",", ";", "..", "...", "<const>", "<close>", "until", "else", "x", "1", '"s"']


def mutate(rng, src):
    """One random token edit (delete, duplicate, insert, swap): mostly syntax errors, compared by their messages."""
    toks = TOKEN.findall(src)
    if len(toks) < 3:
        return src
    i = rng.randrange(len(toks))
    kind = rng.randrange(4)
    if kind == 0: del toks[i]
    elif kind == 1: toks.insert(i, toks[i])
    elif kind == 2: toks.insert(i, rng.choice(KEYWORDS))
    else:
        j = rng.randrange(len(toks))
        toks[i], toks[j] = toks[j], toks[i]
    # Keep line structure roughly: statements start with print/local.
    return re.sub(r" (print|local)\b", r"\n\1", " ".join(toks)) + "\n"


def lua_literal(src):
    out = ['"']
    for ch in src.encode("utf-8"):
        if ch == 0x5C: out.append("\\\\")
        elif ch == 0x22: out.append('\\"')
        elif ch == 0x0A: out.append("\\n")
        elif 0x20 <= ch < 0x7F: out.append(chr(ch))
        else: out.append("\\%03d" % ch)
    out.append('"')
    return "".join(out)


def run_batch(interp, batch_file, timeout):
    try:
        p = subprocess.run([interp, os.path.join(HERE, "driver.lua"), batch_file], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
        text = p.stdout.decode("utf-8", "replace")
        if p.returncode != 0:
            text += "\n<exit %d: %s>" % (p.returncode, p.stderr.decode("utf-8", "replace").strip()[:500])
    except subprocess.TimeoutExpired:
        text = "<timeout>"
    parts = re.split(r"^=== (\d+|end)\n", text, flags=re.M)
    results = {}
    for j in range(1, len(parts) - 1, 2):
        if parts[j] != "end":
            results[int(parts[j])] = parts[j + 1]
    return results, text


ADDRESS = re.compile(r"(table|function|thread|userdata|builtin): (0x)?[0-9a-fA-F]+")


def normalize(text):
    """Addresses (tostring of a table inside a string, say) differ between interpreters: blur them."""
    return ADDRESS.sub(r"\1: ADDR", text) if text is not None else None


def shape(line):
    """The first differing line with numbers and quoted parts blurred, to group differences by family."""
    line = re.sub(r"'[^']*'", "'_'", line)
    line = re.sub(r"-?\d[\d.e+\-x]*", "N", line)
    return line[:80]


def default_lua():
    script = os.path.join(os.path.dirname(ROOT), "shared", "lua", "build-oracle.sh")
    if os.path.exists(script):
        p = subprocess.run(["bash", script, "5.4.8"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        path = p.stdout.decode().strip().splitlines()[-1] if p.stdout.strip() else ""
        if p.returncode == 0 and os.access(path, os.X_OK):
            return path
    sys.exit("difffuzz: no Lua 5.4.8 oracle: pass --lua or provide ../shared/lua/5.4.8 and gcc")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--programs", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--tycho", default=os.path.join(ROOT, "artifacts", "tycho", "tycho"))
    ap.add_argument("--lua")
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "difffuzz"))
    ap.add_argument("--mutate", type=float, default=0.15, help="share of programs given one random token edit")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    lua = a.lua or default_lua()
    if not os.access(a.tycho, os.X_OK):
        sys.exit(f"difffuzz: {a.tycho} is not an executable (dotnet publish src/Tycho.Cli -c Release -o artifacts/tycho)")
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    gen = Gen(rng)
    print(f"seed {a.seed}; oracle {lua}; tycho {a.tycho}; differences to {a.out}")
    compared = differ = 0
    families = collections.Counter()
    batch_file = os.path.join(a.out, "batch.lua")
    while compared < a.programs:
        n = min(a.batch, a.programs - compared)
        progs = [gen.program() for _ in range(n)]
        progs = [mutate(rng, p) if rng.random() < a.mutate else p for p in progs]
        with open(batch_file, "w") as f:
            f.write("return {\n" + ",\n".join(lua_literal(p) for p in progs) + "\n}\n")
        want, want_text = run_batch(lua, batch_file, 120)
        got, got_text = run_batch(a.tycho, batch_file, 120)
        for i, src in enumerate(progs, 1):
            w, g = normalize(want.get(i)), normalize(got.get(i))
            if w is None:
                continue  # the oracle itself failed on this batch (reported below)
            compared += 1
            if w != g:
                differ += 1
                wl, gl = w.split("\n"), (g or "<no output>").split("\n")
                first = next((k for k in range(max(len(wl), len(gl)))
                              if k >= len(wl) or k >= len(gl) or wl[k] != gl[k]), 0)
                fam = shape(wl[first] if first < len(wl) else "<end>")
                families[fam] += 1
                if families[fam] <= 3:
                    base = os.path.join(a.out, f"diff-{differ}")
                    with open(base + ".lua", "w") as f: f.write(src)
                    with open(base + ".txt", "w") as f: f.write(f"--- lua 5.4.8\n{w}\n--- tycho\n{g}\n")
                    if not a.quiet:
                        print(f"DIFF {base}.lua\n  lua:   {wl[first] if first < len(wl) else '<end>'}\n"
                              f"  tycho: {gl[first] if first < len(gl) else '<end>'}")
        if len(want) < n:
            print(f"warning: the oracle printed {len(want)} of {n} programs of a batch:\n{want_text[-300:]}")
        if not a.quiet:
            print(f"{compared} programs compared, {differ} differ")
    print(f"done: seed {a.seed}, {compared} programs compared, {differ} differ, {len(families)} families")
    for fam, cnt in families.most_common(30):
        print(f"  {cnt:6d}  {fam}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
