// What a compiling tier could gain: bench/scripts/fib.lua (call-bound) and float_loop.lua (dispatch-bound), written
// by hand the way a tier that compiles a Lua function to IL would emit them while keeping the interpreter's data layout (bench/RESULTS.md,
// "Frame and register layout"): values are (object tag-or-reference, 64-bit payload) pairs, registers live in the
// thread's stack array (so the interpreter could resume the frame at any instruction), every call pushes a frame
// record of the same shape (a reference and seven ints) and pops it, the callee is read from the closure's upvalue
// and guarded, every operation tests its operands' types with a fallback that would exit to the interpreter, every
// result is stored to its register, and a backward jump charges the state's budget as the interpreter's does.
// What it drops is exactly what compiling removes: decoding and dispatching each instruction, and the
// interpreter's state living in memory between instructions. Self-contained (Tycho's internals are not public);
// run: dotnet run -c Release [-- fib N REPS | float N], or publish it (NativeAOT) as the CLI is.
using System.Diagnostics;
using System.Runtime.CompilerServices;

static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["float", ..]) { FloatLoop(args.Length > 1 ? long.Parse(args[1]) : 100_000_000); return; }
        if (args is ["fib", ..]) args = args[1..];
        int n = args.Length > 0 ? int.Parse(args[0]) : 32, reps = args.Length > 1 ? int.Parse(args[1]) : 4;
        var t = new Thread_();
        var fib = new Closure();
        fib.Upvalue = new Value(fib, 0);   // 'local function fib': the function is its own upvalue
        var sw = Stopwatch.StartNew();
        for (int r = 0; r < reps; r++)
        {
            t.Stack[0] = fib.Upvalue;
            t.Stack[1] = Value.Int(n);
            Compiled.Fib(t, fib, 1);
            Console.WriteLine(t.Stack[0].N);   // results go to the function's slot, as in Lua
        }
        Console.Error.WriteLine($"fib({n}) x {reps}: {sw.Elapsed.TotalSeconds:F3} s");
    }

    private static void FloatLoop(long n)
    {
        var t = new Thread_();
        var sw = Stopwatch.StartNew();
        Compiled.FloatLoop(t, 0, n);
        Console.WriteLine(t.Stack[0].N == 0 ? "0" : BitConverter.Int64BitsToDouble(t.Stack[0].N).ToString("F6"));
        Console.Error.WriteLine($"float loop of {n}: {sw.Elapsed.TotalSeconds:F3} s");
    }
}

sealed class Tag { public static readonly Tag Integer = new(), Float = new(); }
sealed class Closure { public Value Upvalue; }

readonly struct Value(object? o, long n)
{
    public readonly object? O = o;
    public readonly long N = n;
    public bool IsInt => ReferenceEquals(O, Tag.Integer);
    public static Value Int(long v) => new(Tag.Integer, v);
    public bool IsFloat => ReferenceEquals(O, Tag.Float);
    public double F => BitConverter.Int64BitsToDouble(N);
    public static Value Float(double v) => new(Tag.Float, BitConverter.DoubleToInt64Bits(v));
}

struct Frame { public object? Function; public int Func, Base, Top, Pc, NResults, NExtraArgs; public int Flags; }

sealed class Thread_
{
    public Value[] Stack = new Value[1 << 20];
    public Frame[] Frames = new Frame[1 << 16];
    public int FrameCount;
    public long Budget = 10_000;
}

static class Compiled
{
    // local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
    // Registers: R0 = n, R1..R3 temporaries; the result is stored in Stack[bas - 1] (the function's slot).
    public static void Fib(Thread_ t, Closure self, int bas)
    {
        var s = t.Stack;
        int fi = t.FrameCount;                             // push the frame record
        ref Frame f = ref t.Frames[fi];
        f.Function = self; f.Func = bas - 1; f.Base = bas; f.Top = bas + 4; f.Pc = 0; f.NResults = 1; f.NExtraArgs = 0; f.Flags = 1;
        t.FrameCount = fi + 1;
        // LTI R0 2
        Value n = s[bas];
        if (!n.IsInt) Exit();
        if (n.N < 2) { s[bas - 1] = n; t.FrameCount = fi; return; }   // RETURN1 R0
        // GETUPVAL R1 fib; ADDI R2 R0 -1; CALL R1 2 2
        s[bas + 1] = self.Upvalue;
        s[bas + 2] = Value.Int(n.N - 1);
        f.Pc = 5;
        if (s[bas + 1].O is not Closure c1) { Exit(); return; }
        Fib(t, c1, bas + 2);
        // GETUPVAL R2 fib; ADDI R3 R0 -2; CALL R2 2 2
        s[bas + 2] = self.Upvalue;
        s[bas + 3] = Value.Int(s[bas].N - 2);
        f = ref t.Frames[fi]; f.Pc = 9;
        if (s[bas + 2].O is not Closure c2) { Exit(); return; }
        Fib(t, c2, bas + 3);
        // ADD R1 R1 R2; RETURN1 R1
        Value a = s[bas + 1], b = s[bas + 2];
        if (!a.IsInt || !b.IsInt) Exit();
        s[bas - 1] = Value.Int(a.N + b.N);
        t.FrameCount = fi;
    }

    // local sum = 0.0; for i = 1, N do sum = sum + i * 0.5 / 3.0 end
    // Registers: R0 = sum, R1..R3 the loop's internal state (index, count, step), R4 = i, R5 a temporary.
    public static void FloatLoop(Thread_ t, int bas, long n)
    {
        var s = t.Stack;
        s[bas] = Value.Float(0.0);                                          // LOADF
        s[bas + 1] = Value.Int(1); s[bas + 2] = Value.Int(n - 1); s[bas + 3] = Value.Int(1);   // FORPREP
        s[bas + 4] = Value.Int(1);
        while (true)
        {
            Value i = s[bas + 4];                                           // MULK R5 R4 K(0.5)
            double x = i.IsInt ? i.N : i.IsFloat ? i.F : Exit<double>();
            s[bas + 5] = Value.Float(x * 0.5);
            Value m = s[bas + 5];                                           // DIVK R5 R5 K(3.0)
            if (!m.IsFloat) Exit<double>();
            s[bas + 5] = Value.Float(m.F / 3.0);
            Value a = s[bas], b = s[bas + 5];                               // ADD R0 R0 R5
            if (!a.IsFloat || !b.IsFloat) Exit<double>();
            s[bas] = Value.Float(a.F + b.F);
            long count = s[bas + 2].N;                                      // FORLOOP
            if (count <= 0) break;
            long idx = s[bas + 1].N + s[bas + 3].N;
            s[bas + 2] = Value.Int(count - 1); s[bas + 1] = Value.Int(idx); s[bas + 4] = Value.Int(idx);
            if ((t.Budget -= 5) < 0) t.Budget = 10_000;                     // the safepoint (its slow path: a refill)
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T Exit<T>() => throw new NotSupportedException("exit to the interpreter");

    /// <summary>Where a real tier would hand the frame to the interpreter; fib never gets here.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Exit() => throw new NotSupportedException("exit to the interpreter");
}
