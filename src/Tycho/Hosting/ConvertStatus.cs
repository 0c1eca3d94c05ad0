using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using Tycho.Compiler;
using Tycho.Library;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Why a conversion from a Lua value failed.</summary>
internal enum ConvertStatus : byte { Ok, WrongType, NoInteger, OutOfRange, InvalidUtf8, Inexact }
