namespace System.Runtime.CompilerServices;

/// <summary>Lets records compile on netstandard2.0 (the type ships only with .NET 5+).</summary>
internal static class IsExternalInit { }
