namespace Tycho.Hosting;

/// <summary>Why a conversion from a Lua value failed. <see cref="BadElement"/>: the value is a table of the right
/// shape but one of its elements (or keys) does not convert; <see cref="LuaConvert"/> walks it again to name it.</summary>
internal enum ConvertStatus : byte { Ok, WrongType, NoInteger, OutOfRange, InvalidUtf8, Inexact, BadElement }
