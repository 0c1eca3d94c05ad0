using System.Runtime.CompilerServices;
using System.Text;

namespace Tycho.Runtime;

/// <summary>
/// The printed addresses (<c>%p</c>, manual §6.4) of short strings. lua5.4 interns every string of at most
/// <see cref="MaxShortLength"/> bytes (LUAI_MAXSHORTLEN), so equal short strings are one object and show one address;
/// long strings are separate objects. Tycho does not intern at creation (that would cost a table look-up on every
/// <c>..</c>, <c>sub</c> and <c>format</c>); instead equal short strings share their address here, the only place
/// where a script can observe identity. An address stays the same while any string that showed it is alive.
/// </summary>
internal static class ShortStringIds
{
    /// <summary>LUAI_MAXSHORTLEN: the longest string lua5.4 interns.</summary>
    internal const int MaxShortLength = 40;

    private sealed class Slot(long id) { public readonly long Id = id; }

    // Each string that showed an address keeps its slot alive; the content table only finds a live slot again.
    private static readonly ConditionalWeakTable<LuaString, Slot> OfString = new();
    private static readonly Dictionary<string, WeakReference<Slot>> OfContent = new();
    private static readonly Lock Gate = new();
    private static int _sweepAt = 64;

    /// <summary>The address number of <paramref name="s"/>, shared with every equal short string alive.</summary>
    public static long Get(LuaString s)
    {
        if (OfString.TryGetValue(s, out var slot)) return slot.Id;
        lock (Gate)
        {
            string key = Encoding.Latin1.GetString(s.Span);
            if (!OfContent.TryGetValue(key, out var weak) || !weak.TryGetTarget(out slot))
            {
                slot = new Slot(ObjectIds.NewId());
                if (OfContent.Count >= _sweepAt) Sweep();
                OfContent[key] = new WeakReference<Slot>(slot);
            }
            OfString.AddOrUpdate(s, slot);
            return slot.Id;
        }
    }

    private static void Sweep()
    {
        foreach (var (key, weak) in OfContent)
            if (!weak.TryGetTarget(out _)) OfContent.Remove(key);
        _sweepAt = Math.Max(64, OfContent.Count * 2);
    }
}
