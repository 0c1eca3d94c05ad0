using System;
using System.Collections.Immutable;
using System.Linq;

namespace Tycho.Generators;

/// <summary>An immutable array with value equality, so the incremental pipeline can cache models.</summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>> where T : IEquatable<T>
{
    private readonly ImmutableArray<T> _items;
    public EquatableArray(ImmutableArray<T> items) => _items = items;
    public ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;
    public bool Equals(EquatableArray<T> other) => Items.SequenceEqual(other.Items);
    public override bool Equals(object? obj) => obj is EquatableArray<T> o && Equals(o);
    public override int GetHashCode()
    {
        int h = 17;
        foreach (var i in Items) h = h * 31 + i.GetHashCode();
        return h;
    }
}

internal enum MemberKind { Method, Property, Static, Constructor, Metamethod }

internal sealed record ParamModel(string Type, bool Optional, string? DefaultLiteral) : IEquatable<ParamModel>;

internal sealed record MemberModel(
    MemberKind Kind,
    string LuaName,
    string ClrName,
    bool IsStatic,
    string ReturnType,            // "void" when none
    EquatableArray<ParamModel> Params,
    bool CanRead,
    bool CanWrite,
    string ValueType,             // property/field type
    int Metamethod,
    bool ValueOptional = false,   // a nullable reference property/field: nil assigns null
    string? Returner = null,      // the helper returning the result (ReturnPairs, ...), else LuaHostCall.Return
    string? Target = null) : IEquatable<MemberModel>;   // the expression to call, else the bound member

internal sealed record DiagnosticModel(string Id, string Message, LocationModel Location) : IEquatable<DiagnosticModel>;

internal sealed record LocationModel(string Path, int Start, int Length, int StartLine, int StartCol, int EndLine, int EndCol)
{
    public Microsoft.CodeAnalysis.Location ToLocation() =>
        Microsoft.CodeAnalysis.Location.Create(Path, new Microsoft.CodeAnalysis.Text.TextSpan(Start, Length),
            new Microsoft.CodeAnalysis.Text.LinePositionSpan(new(StartLine, StartCol), new(EndLine, EndCol)));

    public static LocationModel From(Microsoft.CodeAnalysis.Location? l)
    {
        if (l is null || !l.IsInSource) return new LocationModel("", 0, 0, 0, 0, 0, 0);
        var span = l.GetLineSpan();
        return new LocationModel(span.Path, l.SourceSpan.Start, l.SourceSpan.Length,
            span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character);
    }
}

internal sealed record TypeModel(
    string? Namespace,
    string Name,
    string FullName,
    string LuaName,
    string Accessibility,
    EquatableArray<MemberModel> Members,
    EquatableArray<DiagnosticModel> Diagnostics,
    bool CanEmit) : IEquatable<TypeModel>;
