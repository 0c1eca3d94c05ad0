namespace Tycho.Library;

/// <summary>
/// The xoshiro256** generator exactly as lua5.4's lmathlib.c uses it for <c>math.random</c> (manual §6.7), so
/// a given seed produces lua5.4's sequence: seeding puts <c>{n1, 0xff, n2, 0}</c> in the state and discards 16
/// values; floats take the top 53 bits (<c>(x &gt;&gt; 11) * 2^-53</c>); ranges are projected with a rejection loop.
/// </summary>
internal sealed class Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>nextrand: the next 64-bit value.</summary>
    public ulong Next()
    {
        ulong s0 = _s0, s1 = _s1, s2 = _s2 ^ s0, s3 = _s3 ^ s1;
        ulong res = RotL(s1 * 5, 7) * 9;
        s1 <<= 17;
        _s0 = s0 ^ s3;
        _s1 = _s1 ^ s2;
        _s2 = s2 ^ s1;
        _s3 = RotL(s3, 45);
        return res;
    }

    private static ulong RotL(ulong x, int n) => (x << n) | (x >> (64 - n));

    /// <summary>setseed: state {n1, 0xff, n2, 0}, then 16 values discarded.</summary>
    public void Seed(ulong n1, ulong n2)
    {
        _s0 = n1; _s1 = 0xff; _s2 = n2; _s3 = 0;
        for (int i = 0; i < 16; i++) Next();
    }

    /// <summary>I2d: a float in [0, 1) from the top 53 bits.</summary>
    public static double ToDouble(ulong x) => (x >> 11) * (0.5 / (1UL << 52));

    /// <summary>project: a value in [0, n] from <paramref name="ran"/>, drawing again while outside.</summary>
    public ulong Project(ulong ran, ulong n)
    {
        if ((n & (n + 1)) == 0) return ran & n; // n + 1 is a power of 2
        ulong lim = n;
        lim |= lim >> 1; lim |= lim >> 2; lim |= lim >> 4; lim |= lim >> 8; lim |= lim >> 16; lim |= lim >> 32;
        while ((ran &= lim) > n) ran = Next();
        return ran;
    }
}
