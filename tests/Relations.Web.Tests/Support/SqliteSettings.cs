using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Relations.Web.Data;

namespace Relations.Web.Tests.Support;

/// <summary>
/// Gives the test process the SQLite settings the app's entry point makes, before any test opens a connection: the
/// tests run the importer, the CLI and the site in this one process, in whatever order xunit picks.
/// </summary>
internal static class SqliteSettings
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: it must set the process-wide SQLite settings before the first test's connection, as Program does.")]
    internal static void Configure() => SqliteLibrary.Configure();
}
