namespace Tycho.Hosting;

/// <summary>Why a conversion from a Lua value failed. <see cref="BadElement"/>: the value is a table of the right
/// shape but one of its elements (or keys) does not convert; <see cref="LuaConvert"/> walks it again to name it. <see cref="NeedsReflection"/>: the
/// target (a list, dictionary or delegate type) is converted by reflection, which is switched off (see
/// <see cref="LuaFeatureSwitches.ReflectionConversions"/>).</summary>
internal enum ConvertStatus : byte { Ok, WrongType, NoInteger, OutOfRange, InvalidUtf8, Inexact, BadElement, NeedsReflection }
