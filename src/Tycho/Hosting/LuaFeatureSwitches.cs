using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Tycho.Hosting;

/// <summary>The runtime's feature switches (<see cref="AppContext"/> switches the trimmer and NativeAOT compiler
/// understand). <c>Tycho.Hosting.ReflectionConversions.IsSupported</c> gates the conversions that need reflection or
/// code generation at run time: tables to <c>List&lt;T&gt;</c>/<c>Dictionary&lt;K,V&gt;</c> and their interfaces, Lua
/// functions to arbitrary delegate types, and delegates to Lua functions. It is on by default under the JIT; trimmed
/// and NativeAOT apps treat it as off (the tools substitute <c>false</c> for a feature guard of unreferenced or dynamic
/// code) and drop the reflective code; a JIT app may turn it off in its runtimeconfig to check it runs without.</summary>
internal static class LuaFeatureSwitches
{
    internal const string ReflectionConversionsName = "Tycho.Hosting.ReflectionConversions.IsSupported";

    /// <summary>The switch itself: on unless the app sets it false (or dynamic code is unsupported). Trimming tools
    /// substitute the app's value for it when the app sets one with <c>Trim="true"</c>.</summary>
    [FeatureSwitchDefinition(ReflectionConversionsName)]
    internal static bool ReflectionConversionsSwitch =>
        RuntimeFeature.IsDynamicCodeSupported && (!AppContext.TryGetSwitch(ReflectionConversionsName, out bool on) || on);

    /// <summary>Whether conversions by reflection are available; read once. Guards every call to code annotated
    /// <see cref="RequiresUnreferencedCodeAttribute"/>/<see cref="RequiresDynamicCodeAttribute"/>, so the analyzers
    /// accept those calls, and the trimmer and NativeAOT compiler take it as <c>false</c> in any trimmed publish
    /// and remove the code. Separate from the switch property because the tools treat a property carrying both
    /// attributes as a switch only (kept unless the app configures it), and an auto-property on purpose: the
    /// analyzers check a guard's getter body and cannot prove that an <see cref="AppContext"/> read implies
    /// unreferenced code is available.</summary>
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    internal static bool ReflectionConversions { get; } = ReflectionConversionsSwitch;

    /// <summary>Test hook: turns conversions by reflection off on the current thread only, so a test can check the
    /// switched-off behaviour without disturbing tests running in parallel.</summary>
    [ThreadStatic] internal static bool DisabledOnThisThread;
}
