using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Tycho.Generators;

/// <summary>
/// Generates the Lua binding of every <c>[Tycho.Hosting.LuaType]</c> class: a nested <c>LuaUserTypeBinding</c> whose
/// members are static <c>LuaHostDelegate</c> methods (no reflection, no per-call allocation), and the
/// <c>ILuaUserType&lt;T&gt;</c> implementation that exposes it. Members it cannot bind are reported (TYCHO001 class not
/// partial, TYCHO002 unsupported member shape, TYCHO003 duplicate name, TYCHO004 async member) and left out, so the
/// rest of the binding still compiles.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LuaTypeGenerator : IIncrementalGenerator
{
    private const string LuaTypeAttr = "Tycho.Hosting.LuaTypeAttribute";
    private const string LuaMemberAttr = "Tycho.Hosting.LuaMemberAttribute";
    private const string LuaMetaAttr = "Tycho.Hosting.LuaMetamethodAttribute";

    private static readonly DiagnosticDescriptor NotPartial = new("TYCHO001", "Lua type must be partial",
        "The [LuaType] class '{0}' must be declared partial so the binding can be generated", "Tycho", DiagnosticSeverity.Error, true);
    private static readonly DiagnosticDescriptor Unsupported = new("TYCHO002", "Unsupported Lua binding",
        "{0}", "Tycho", DiagnosticSeverity.Error, true);
    private static readonly DiagnosticDescriptor Duplicate = new("TYCHO003", "Duplicate Lua member name",
        "{0}", "Tycho", DiagnosticSeverity.Error, true);
    private static readonly DiagnosticDescriptor Async = new("TYCHO004", "Async Lua member",
        "{0}", "Tycho", DiagnosticSeverity.Error, true);

    // LuaMetamethod values the generator treats specially (Tycho.Hosting.LuaMetamethod).
    private const int LenKind = 15, PairsKind = 25;
    private const string BindingClass = "global::Tycho.Hosting.LuaUserTypeBinding";

    private static readonly SymbolDisplayFormat Fq = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var types = context.SyntaxProvider.ForAttributeWithMetadataName(LuaTypeAttr,
            static (node, _) => node is ClassDeclarationSyntax,
            static (ctx, ct) => BuildModel(ctx, ct));
        context.RegisterSourceOutput(types, static (spc, model) => Emit(spc, model));
    }

    private static TypeModel BuildModel(GeneratorAttributeSyntaxContext ctx, CancellationToken ct)
    {
        var type = (INamedTypeSymbol)ctx.TargetSymbol;
        var diags = new List<DiagnosticModel>();
        var loc = LocationModel.From(type.Locations.FirstOrDefault());
        bool canEmit = true;
        bool isPartial = type.DeclaringSyntaxReferences.Any(r =>
            r.GetSyntax(ct) is ClassDeclarationSyntax c && c.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword)));
        if (!isPartial) { diags.Add(new DiagnosticModel("TYCHO001", type.Name, loc)); canEmit = false; }
        if (type.ContainingType is not null || type.IsGenericType)
        {
            diags.Add(new DiagnosticModel("TYCHO002", $"[LuaType] class '{type.Name}' must be a non-nested, non-generic class", loc));
            canEmit = false;
        }
        string luaName = ctx.Attributes[0].ConstructorArguments.Length > 0 && ctx.Attributes[0].ConstructorArguments[0].Value is string n ? n : type.Name;

        var members = new List<MemberModel>();
        var names = new HashSet<string>();
        foreach (var m in type.GetMembers())
        {
            ct.ThrowIfCancellationRequested();
            var memberAttr = m.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == LuaMemberAttr);
            var metaAttr = m.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == LuaMetaAttr);
            if (memberAttr is null && metaAttr is null) continue;
            var mloc = LocationModel.From(m.Locations.FirstOrDefault());
            string name = memberAttr?.ConstructorArguments.Length > 0 && memberAttr.ConstructorArguments[0].Value is string mn ? mn : m.Name;
            if (m.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                diags.Add(new DiagnosticModel("TYCHO002", $"Lua member '{m.Name}' must be public or internal", mloc));
                continue;
            }
            switch (m)
            {
                case IMethodSymbol method when metaAttr is not null:
                {
                    if (!CheckMethod(method, diags, mloc)) continue;
                    int kind = metaAttr.ConstructorArguments[0].Value is int k ? k : 0;
                    members.Add(new MemberModel(MemberKind.Metamethod, "__meta" + kind, method.Name, method.IsStatic,
                        ReturnOf(method), Params(method), false, false, "", kind,
                        Returner: kind == PairsKind && !method.ReturnsVoid ? SequenceReturner(method.ReturnType) : null));
                    break;
                }
                case IMethodSymbol ctor when ctor.MethodKind == MethodKind.Constructor:
                {
                    if (!CheckMethod(ctor, diags, mloc)) continue;
                    if (memberAttr!.ConstructorArguments.Length == 0) name = "new";
                    if (!AddName(names, "static:" + name, name, diags, mloc)) continue;
                    members.Add(new MemberModel(MemberKind.Constructor, name, "", true, type.ToDisplayString(Fq), Params(ctor), false, false, "", -1,
                        Returner: BindingClass + ".ReturnConstructed"));
                    break;
                }
                case IMethodSymbol method when method.MethodKind == MethodKind.Ordinary:
                {
                    if (!CheckMethod(method, diags, mloc)) continue;
                    if (!AddName(names, (method.IsStatic ? "static:" : "") + name, name, diags, mloc)) continue;
                    members.Add(new MemberModel(method.IsStatic ? MemberKind.Static : MemberKind.Method, name, method.Name, method.IsStatic,
                        ReturnOf(method), Params(method), false, false, "", -1));
                    break;
                }
                case IPropertySymbol prop when !prop.IsStatic && !prop.IsIndexer:
                {
                    if (!CheckValue(prop.Name, prop.Type, prop.ReturnsByRef || prop.ReturnsByRefReadonly, diags, mloc)) continue;
                    if (!AddName(names, name, name, diags, mloc)) continue;
                    bool canRead = prop.GetMethod is { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal };
                    bool canWrite = prop.SetMethod is { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal, IsInitOnly: false };
                    members.Add(new MemberModel(MemberKind.Property, name, prop.Name, false, "", default, canRead, canWrite,
                        prop.Type.ToDisplayString(Fq), -1, ValueOptional: IsNullable(prop.Type)));
                    break;
                }
                case IFieldSymbol field when !field.IsStatic:
                {
                    if (!CheckValue(field.Name, field.Type, field.RefKind != RefKind.None, diags, mloc)) continue;
                    if (!AddName(names, name, name, diags, mloc)) continue;
                    members.Add(new MemberModel(MemberKind.Property, name, field.Name, false, "", default, true,
                        !field.IsReadOnly && !field.IsConst, field.Type.ToDisplayString(Fq), -1, ValueOptional: IsNullable(field.Type)));
                    break;
                }
                default:
                    diags.Add(new DiagnosticModel("TYCHO002", $"Lua member '{m.Name}': only methods, constructors, instance properties and instance fields can be bound", mloc));
                    break;
            }
        }
        AddCollectionMetamethods(type, members);
        return new TypeModel(
            type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
            type.Name, type.ToDisplayString(Fq), luaName,
            type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal",
            new EquatableArray<MemberModel>(members.ToImmutableArray()),
            new EquatableArray<DiagnosticModel>(diags.ToImmutableArray()), canEmit);
    }

    private static bool AddName(HashSet<string> names, string key, string name, List<DiagnosticModel> diags, LocationModel loc)
    {
        if (names.Add(key)) return true;
        diags.Add(new DiagnosticModel("TYCHO003", $"Lua member name '{name}' is bound twice (overloads are not supported: rename one with [LuaMember(\"name\")])", loc));
        return false;
    }

    /// <summary>
    /// A collection type iterates with <c>pairs</c> and has a length unless it declares its own: an
    /// <c>IEnumerable&lt;KeyValuePair&lt;K, V&gt;&gt;</c> as its pairs, any other <c>IEnumerable&lt;T&gt;</c> as
    /// <c>1, v1, 2, v2, ...</c>; an <c>IReadOnlyCollection&lt;T&gt;</c> or <c>ICollection&lt;T&gt;</c> has
    /// <c>#obj == Count</c>.
    /// </summary>
    private static void AddCollectionMetamethods(INamedTypeSymbol type, List<MemberModel> members)
    {
        if (!members.Any(m => m.Kind == MemberKind.Metamethod && m.Metamethod == PairsKind)
            && SequenceReturner(type) is string returner)
            members.Add(new MemberModel(MemberKind.Metamethod, "__pairs", "", false, type.ToDisplayString(Fq), default,
                false, false, "", PairsKind, Returner: returner, Target: "self"));
        if (members.Any(m => m.Kind == MemberKind.Metamethod && m.Metamethod == LenKind)) return;
        var collection = type.AllInterfaces.FirstOrDefault(i =>
            i.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IReadOnlyCollection_T
                or SpecialType.System_Collections_Generic_ICollection_T);
        if (collection is not null)
            members.Add(new MemberModel(MemberKind.Metamethod, "__len", "", false, "int", default, false, false, "", LenKind,
                Target: "((" + collection.ToDisplayString(Fq) + ")self).Count"));
    }

    /// <summary>The helper that returns a sequence of <paramref name="t"/> as <c>__pairs</c> results, or null when
    /// <paramref name="t"/> is not an <c>IEnumerable&lt;T&gt;</c> (strings and <c>LuaValue[]</c>, which are values or
    /// multiple results, excepted).</summary>
    private static string? SequenceReturner(ITypeSymbol t)
    {
        if (t.SpecialType == SpecialType.System_String) return null;
        if (t is IArrayTypeSymbol { ElementType: var e } && e.ToDisplayString() == "Tycho.Runtime.LuaValue") return null;
        var sequences = (t is INamedTypeSymbol n ? new[] { n } : Enumerable.Empty<INamedTypeSymbol>()).Concat(t.AllInterfaces)
            .Where(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            .Select(i => i.TypeArguments[0]).ToList();
        foreach (var element in sequences)
            if (element is INamedTypeSymbol { IsGenericType: true } kv
                && kv.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.KeyValuePair<TKey, TValue>")
                return BindingClass + ".ReturnPairs<" + kv.TypeArguments[0].ToDisplayString(Fq) + ", " + kv.TypeArguments[1].ToDisplayString(Fq) + ">";
        return sequences.Count > 0 ? BindingClass + ".ReturnSequence<" + sequences[0].ToDisplayString(Fq) + ">" : null;
    }

    private static bool IsNullable(ITypeSymbol t) => t.NullableAnnotation == NullableAnnotation.Annotated;

    private static bool IsPointer(ITypeSymbol t) => t.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer;

    /// <summary>Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt; or a type derived from Task.</summary>
    private static bool IsTaskLike(ITypeSymbol t)
    {
        for (var b = t as INamedTypeSymbol; b is not null; b = b.BaseType)
            if (b.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks" && b.Name is "Task" or "ValueTask") return true;
        return false;
    }

    private static DiagnosticModel AsyncMember(string member, string kind, ITypeSymbol? type, LocationModel loc) =>
        new("TYCHO004", $"Lua {kind} '{member}' is async{(type is null ? "" : " (" + type.ToDisplayString() + ")")}: a user type cannot "
            + "bind it (the script would get an opaque task, and an async void method could not report its errors); expose it "
            + "with LuaFunction.CreateAsync, or return the result synchronously", loc);

    /// <summary>A property's or field's type must convert to a Lua value.</summary>
    private static bool CheckValue(string member, ITypeSymbol type, bool byRef, List<DiagnosticModel> diags, LocationModel loc)
    {
        string? problem = byRef ? "cannot be a ref property or field"
            : IsPointer(type) ? "cannot have a pointer type"
            : type.IsRefLikeType ? "cannot have a span or other ref struct type"
            : null;
        if (problem is not null) { diags.Add(new DiagnosticModel("TYCHO002", $"Lua member '{member}' {problem}", loc)); return false; }
        if (IsTaskLike(type)) { diags.Add(AsyncMember(member, "member", type, loc)); return false; }
        return true;
    }

    private static bool CheckMethod(IMethodSymbol m, List<DiagnosticModel> diags, LocationModel loc)
    {
        if (m.IsGenericMethod) { diags.Add(new DiagnosticModel("TYCHO002", $"Lua method '{m.Name}' cannot be generic", loc)); return false; }
        if (m.IsAsync || IsTaskLike(m.ReturnType)) { diags.Add(AsyncMember(m.Name, "method", m.ReturnsVoid ? null : m.ReturnType, loc)); return false; }
        if (m.Parameters.Any(p => IsPointer(p.Type)) || IsPointer(m.ReturnType)) { diags.Add(new DiagnosticModel("TYCHO002", $"Lua method '{m.Name}' cannot take or return pointers", loc)); return false; }
        if (m.ReturnType.IsRefLikeType) { diags.Add(new DiagnosticModel("TYCHO002", $"Lua method '{m.Name}' cannot return a span or other ref struct", loc)); return false; }
        if (m.Parameters.Any(p => p.RefKind is RefKind.Ref or RefKind.Out)) { diags.Add(new DiagnosticModel("TYCHO002", $"Lua method '{m.Name}' cannot have ref or out parameters", loc)); return false; }
        if (m.ReturnsByRef || m.ReturnsByRefReadonly) { diags.Add(new DiagnosticModel("TYCHO002", $"Lua method '{m.Name}' cannot return by reference", loc)); return false; }
        if (m.Parameters.Any(p => p.Type.IsRefLikeType)) { diags.Add(new DiagnosticModel("TYCHO002", $"Lua method '{m.Name}' cannot take span or other ref struct parameters", loc)); return false; }
        return true;
    }

    private static string ReturnOf(IMethodSymbol m) => m.ReturnsVoid ? "void" : m.ReturnType.ToDisplayString(Fq);

    private static EquatableArray<ParamModel> Params(IMethodSymbol m) =>
        new(m.Parameters.Select(p =>
        {
            string type = p.Type.ToDisplayString(Fq);
            if (p.HasExplicitDefaultValue) return new ParamModel(type, true, Literal(p));
            // A nullable annotation (string?, Nullable<T>) makes the parameter optional: nil or absent gives null.
            bool nullable = p.NullableAnnotation == NullableAnnotation.Annotated;
            return new ParamModel(type, nullable, nullable ? "default!" : null);
        }).ToImmutableArray());

    private static string Literal(IParameterSymbol p)
    {
        object? v = p.ExplicitDefaultValue;
        if (v is null) return "default!";
        string lit = SymbolDisplay.FormatPrimitive(v, quoteStrings: true, useHexadecimalNumbers: false);
        if (v is float) lit += "f";
        else if (v is decimal) lit += "m";
        else if (v is double d && !lit.Contains(".") && !lit.Contains("E") && !double.IsInfinity(d) && !double.IsNaN(d)) lit += ".0";
        if (v is double dd && double.IsNaN(dd)) lit = "double.NaN";
        return "(" + p.Type.ToDisplayString(Fq) + ")(" + lit + ")";
    }

    // ------------------------------------------------------------------ emission

    private static void Emit(SourceProductionContext spc, TypeModel t)
    {
        foreach (var d in t.Diagnostics.Items)
        {
            var desc = d.Id switch { "TYCHO001" => NotPartial, "TYCHO003" => Duplicate, "TYCHO004" => Async, _ => Unsupported };
            spc.ReportDiagnostic(Diagnostic.Create(desc, d.Location.ToLocation(), d.Message));
        }
        if (!t.CanEmit) return;
        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated by Tycho.Generators/>");
        sb.AppendLine("#nullable enable");
        sb.AppendLine("#pragma warning disable");
        if (t.Namespace is not null) sb.Append("namespace ").Append(t.Namespace).AppendLine(";");
        sb.AppendLine();
        sb.Append("partial class ").Append(t.Name).Append(" : global::Tycho.Hosting.ILuaUserType<").Append(t.FullName).AppendLine(">");
        sb.AppendLine("{");
        sb.Append("    static global::Tycho.Hosting.LuaUserTypeBinding global::Tycho.Hosting.ILuaUserType<").Append(t.FullName).AppendLine(">.Binding => __TychoLuaBinding.Instance;");
        sb.AppendLine("    global::Tycho.Hosting.LuaUserTypeBinding global::Tycho.Hosting.ILuaUserType.LuaBinding => __TychoLuaBinding.Instance;");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The generated Lua binding of this type.</summary>");
        sb.AppendLine("    public static global::Tycho.Hosting.LuaUserTypeBinding LuaTypeBinding => __TychoLuaBinding.Instance;");
        sb.AppendLine();
        sb.AppendLine("    private sealed class __TychoLuaBinding : global::Tycho.Hosting.LuaUserTypeBinding");
        sb.AppendLine("    {");
        sb.AppendLine("        internal static readonly __TychoLuaBinding Instance = new();");
        sb.Append("        public override global::System.Type ClrType => typeof(").Append(t.FullName).AppendLine(");");
        sb.Append("        public override string Name => ").Append(SymbolDisplay.FormatLiteral(t.LuaName, true)).AppendLine(";");
        sb.AppendLine("        protected override void Build(global::Tycho.Hosting.LuaUserTypeBuilder b)");
        sb.AppendLine("        {");
        var members = t.Members.Items;
        for (int i = 0; i < members.Length; i++)
        {
            var m = members[i];
            string lit = SymbolDisplay.FormatLiteral(m.LuaName, true);
            switch (m.Kind)
            {
                case MemberKind.Method: sb.Append("            b.Method(").Append(lit).Append(", M").Append(i).AppendLine(");"); break;
                case MemberKind.Static:
                case MemberKind.Constructor: sb.Append("            b.Static(").Append(lit).Append(", M").Append(i).AppendLine(");"); break;
                case MemberKind.Metamethod: sb.Append("            b.Metamethod((global::Tycho.Hosting.LuaMetamethod)").Append(m.Metamethod).Append(", M").Append(i).AppendLine(");"); break;
                case MemberKind.Property:
                    sb.Append("            b.Property(").Append(lit).Append(", ").Append(m.CanRead ? "G" + i : "null")
                      .Append(", ").Append(m.CanWrite ? "S" + i : "null").AppendLine(");");
                    break;
            }
        }
        sb.AppendLine("        }");
        for (int i = 0; i < members.Length; i++) EmitMember(sb, t, members[i], i);
        sb.AppendLine("    }");
        sb.AppendLine("}");
        spc.AddSource(t.FullName.Replace("global::", "").Replace('<', '_').Replace('>', '_') + ".LuaBinding.g.cs", sb.ToString());
    }

    private static void EmitMember(StringBuilder sb, TypeModel t, MemberModel m, int i)
    {
        const string Ctx = "global::Tycho.Runtime.LuaCallContext";
        if (m.Kind == MemberKind.Property)
        {
            if (m.CanRead)
            {
                sb.Append("        private static int G").Append(i).Append('(').Append(Ctx).AppendLine(" ctx)");
                sb.AppendLine("        {");
                sb.Append("            var self = global::Tycho.Hosting.LuaUserTypeBinding.CheckSelf<").Append(t.FullName).AppendLine(">(ctx, 1);");
                EmitInvoke(sb, m.ValueType, "self." + m.ClrName);
                sb.AppendLine("        }");
            }
            if (m.CanWrite)
            {
                sb.Append("        private static int S").Append(i).Append('(').Append(Ctx).AppendLine(" ctx)");
                sb.AppendLine("        {");
                sb.Append("            var self = global::Tycho.Hosting.LuaUserTypeBinding.CheckSelf<").Append(t.FullName).AppendLine(">(ctx, 1);");
                sb.AppendLine("            int next = 3;");
                // A nullable property takes nil (or no value) as null.
                if (m.ValueOptional)
                    sb.Append("            var value = global::Tycho.Hosting.LuaHostCall.OptArg<").Append(m.ValueType).AppendLine(">(ctx, ref next, default!);");
                else
                    sb.Append("            var value = global::Tycho.Hosting.LuaHostCall.Arg<").Append(m.ValueType).AppendLine(">(ctx, ref next);");
                EmitInvoke(sb, "void", "self." + m.ClrName + " = value");
                sb.AppendLine("        }");
            }
            return;
        }
        sb.Append("        private static int M").Append(i).Append('(').Append(Ctx).AppendLine(" ctx)");
        sb.AppendLine("        {");
        bool instance = !m.IsStatic;
        if (instance)
            sb.Append("            var self = global::Tycho.Hosting.LuaUserTypeBinding.CheckSelf<").Append(t.FullName).AppendLine(">(ctx, 1);");
        sb.Append("            int next = ").Append(instance ? 2 : 1).AppendLine(";");
        var ps = m.Params.Items;
        for (int p = 0; p < ps.Length; p++)
        {
            if (ps[p].Optional)
                sb.Append("            var a").Append(p).Append(" = global::Tycho.Hosting.LuaHostCall.OptArg<").Append(ps[p].Type).Append(">(ctx, ref next, ").Append(ps[p].DefaultLiteral).AppendLine(");");
            else
                sb.Append("            var a").Append(p).Append(" = global::Tycho.Hosting.LuaHostCall.Arg<").Append(ps[p].Type).AppendLine(">(ctx, ref next);");
        }
        string args = string.Join(", ", Enumerable.Range(0, ps.Length).Select(p => "a" + p));
        string target = m.Target ?? (m.Kind == MemberKind.Constructor ? "new " + t.FullName + "(" + args + ")"
            : (instance ? "self." : t.FullName + ".") + m.ClrName + "(" + args + ")");
        EmitInvoke(sb, m.ReturnType, target, m.Returner);
        sb.AppendLine("        }");
    }

    /// <summary>Runs <paramref name="expr"/>, wrapping .NET exceptions into Lua errors, and returns its result(s).</summary>
    private static void EmitInvoke(StringBuilder sb, string returnType, string expr, string? returner = null)
    {
        sb.AppendLine("            global::System.Exception? failure = null;");
        if (returnType != "void") sb.Append("            ").Append(returnType).AppendLine(" result = default!;");
        sb.Append("            try { ").Append(returnType != "void" ? "result = " : "").Append(expr).AppendLine("; }");
        sb.AppendLine("            catch (global::System.Exception e) when (e is not global::Tycho.Runtime.LuaRuntimeException) { failure = e; }");
        sb.AppendLine("            if (failure is not null) throw global::Tycho.Hosting.LuaHostCall.Wrap(ctx, failure);");
        if (returnType == "void") sb.AppendLine("            return 0;");
        else sb.Append("            return ").Append(returner ?? "global::Tycho.Hosting.LuaHostCall.Return").AppendLine("(ctx, result);");
    }
}
