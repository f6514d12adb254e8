using System.Runtime.InteropServices;

namespace Relations.Web.Import;

/// <summary>
/// Lowers the scheduling priority of the calling thread (Linux: its nice value). The import's writer is the one
/// thread every article must pass through; its workers running at a lower priority leave it a core of its own.
/// .NET's Thread.Priority does nothing on Linux, hence the system call. Elsewhere, or if refused, nothing changes.
/// </summary>
internal static partial class WorkerPriority
{
    private const int PriorityProcess = 0;

    public static void Lower(int nice)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = SetPriority(PriorityProcess, GetTid(), nice);
        }
        catch (EntryPointNotFoundException)
        {
        }
        catch (DllNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();
}
