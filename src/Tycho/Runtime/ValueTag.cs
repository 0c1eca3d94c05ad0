namespace Tycho.Runtime;

/// <summary>
/// Marker objects stored in <see cref="LuaValue"/>'s reference slot for values that are not heap objects.
/// Comparing references against these is how a value's type is tested without boxing.
/// </summary>
internal sealed class ValueTag
{
    public static readonly ValueTag Integer = new("integer");
    public static readonly ValueTag Float = new("float");
    public static readonly ValueTag Boolean = new("boolean");
    private readonly string _name;
    private ValueTag(string name) => _name = name;
    public override string ToString() => _name;
}
