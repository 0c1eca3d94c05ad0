namespace Tycho.Hosting;

/// <summary>Why a conversion from a Lua value failed.</summary>
internal enum ConvertStatus : byte { Ok, WrongType, NoInteger, OutOfRange, InvalidUtf8, Inexact }
