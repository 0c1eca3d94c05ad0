using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The <c>bit32</c> library (Lua 5.2 manual §6.7): bitwise operations on 32-bit unsigned values. 5.2 has it, and
/// 5.3's release build keeps it (LUA_COMPAT_5_2, lbitlib.c). Every operation depends only on the operands' low 32
/// bits, so one implementation serves both; what differs is the number type: 5.2 converts any number to an unsigned
/// by rounding to nearest and reducing modulo 2^32 (its <c>lua_tounsigned</c>) and gives floats, 5.3 takes integers
/// (<c>luaL_checkinteger</c>: 2.5 is refused) and gives integers.
/// </summary>
internal static class Bit32Lib
{
    /// <summary>5.2's bit32: float operands and results.</summary>
    internal static readonly LibraryTemplate Functions52 = Create(integers: false);

    /// <summary>5.3's bit32: integer operands and results.</summary>
    internal static readonly LibraryTemplate Functions53 = Create(integers: true);

    /// <summary>Opens <c>bit32</c> when the state's version has it (<see cref="LanguageProfile.HasBit32"/>).</summary>
    public static void Open(GlobalState state)
    {
        if (!state.Profile.HasBit32) return;
        (state.Profile.HasIntegers ? Functions53 : Functions52).Open(state);
    }

    private static LibraryTemplate Create(bool integers)
    {
        LuaHostDelegate Op(Func<LuaCallContext, Func<int, uint>, uint> body) => ctx =>
        {
            uint r = body(ctx, i => Operand(ctx, i, integers));
            return integers ? ctx.Return((long)r) : ctx.Return((double)r);
        };
        return new LibraryTemplate("bit32",
            ("arshift", Op((ctx, u) => ArShift(u(1), ctx.CheckInteger(2)))),
            ("band", Op((ctx, u) => And(ctx, u))),
            ("bnot", Op((ctx, u) => ~u(1))),
            ("bor", Op((ctx, u) => Fold(ctx, u, 0u, (a, b) => a | b))),
            ("bxor", Op((ctx, u) => Fold(ctx, u, 0u, (a, b) => a ^ b))),
            ("btest", ctx => ctx.Return(And(ctx, i => Operand(ctx, i, integers)) != 0)),
            ("extract", Op((ctx, u) =>
            {
                uint r = u(1);
                int f = FieldArgs(ctx, 2, out int w);
                return (r >> f) & Mask(w);
            })),
            ("lrotate", Op((ctx, u) => Rotate(u(1), ctx.CheckInteger(2)))),
            ("lshift", Op((ctx, u) => Shift(u(1), ctx.CheckInteger(2)))),
            ("replace", Op((ctx, u) =>
            {
                uint r = u(1), v = u(2);
                int f = FieldArgs(ctx, 3, out int w);
                uint m = Mask(w);
                return (r & ~(m << f)) | ((v & m) << f);
            })),
            ("rrotate", Op((ctx, u) => Rotate(u(1), unchecked(-ctx.CheckInteger(2))))),
            ("rshift", Op((ctx, u) => Shift(u(1), unchecked(-ctx.CheckInteger(2))))));
    }

    /// <summary>Argument <paramref name="i"/> as 32 bits: 5.3 reduces an integer, 5.2 rounds any number to the
    /// nearest (ties to even) and reduces it, as its <c>lua_number2unsigned</c> adds 2^52 + 2^51 and keeps the low
    /// word of the sum.</summary>
    private static uint Operand(LuaCallContext ctx, int i, bool integers)
    {
        if (integers) return unchecked((uint)ctx.CheckInteger(i));
        double d = ctx.CheckNumber(i);
        return unchecked((uint)BitConverter.DoubleToUInt64Bits(d + 6755399441055744.0));
    }

    private static uint And(LuaCallContext ctx, Func<int, uint> u) => Fold(ctx, u, uint.MaxValue, (a, b) => a & b);

    private static uint Fold(LuaCallContext ctx, Func<int, uint> u, uint seed, Func<uint, uint, uint> op)
    {
        uint r = seed;
        for (int i = 1; i <= ctx.ArgCount; i++) r = op(r, u(i));
        return r;
    }

    /// <summary>b_shift: left for a positive count, right (logical) for a negative one; 32 or more clears.</summary>
    private static uint Shift(uint r, long i)
    {
        if (i < 0) return i <= -32 ? 0 : r >> (int)-i;
        return i >= 32 ? 0 : r << (int)i;
    }

    private static uint ArShift(uint r, long i)
    {
        if (i < 0 || (r & 0x80000000u) == 0) return Shift(r, unchecked(-i));
        return i >= 32 ? uint.MaxValue : (uint)((int)r >> (int)i);
    }

    private static uint Rotate(uint r, long d)
    {
        int i = (int)(d & 31);
        return i == 0 ? r : (r << i) | (r >> (32 - i));
    }

    /// <summary>fieldargs: a field (not negative) and a width (positive, default 1) that stay within 32 bits.</summary>
    private static int FieldArgs(LuaCallContext ctx, int farg, out int width)
    {
        long f = ctx.CheckInteger(farg);
        long w = ctx.OptInteger(farg + 1, 1);
        if (f < 0) throw ctx.ArgError(farg, "field cannot be negative");
        if (w <= 0) throw ctx.ArgError(farg + 1, "width must be positive");
        if (f + w > 32) throw ctx.Error("trying to access non-existent bits");
        width = (int)w;
        return (int)f;
    }

    private static uint Mask(int n) => n == 32 ? uint.MaxValue : (1u << n) - 1;
}
