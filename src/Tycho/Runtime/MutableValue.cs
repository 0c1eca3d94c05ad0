namespace Tycho.Runtime;

/// <summary>
/// The same layout as <see cref="LuaValue"/> with writable fields: the VM reinterprets a register as this to
/// update a number's payload in place (no reference store, hence no GC write barrier, when the type is unchanged).
/// </summary>
internal struct MutableValue
{
    public object? O;
    public long N;
}
