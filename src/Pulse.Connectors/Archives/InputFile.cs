using System.Text;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Archives;

/// <summary>
/// Opens the one file a reader is given (a mapped CSV, an HR file), turning what the file system
/// says (missing, a folder, not readable) into one sentence naming the path.
/// </summary>
internal static class InputFile
{
    public static CountingStream Open(string path, Encoding? encoding)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) throw new ImportException(path, null, null, "is a folder; expected a file");
        if (!File.Exists(path)) throw new ImportException(path, null, null, "no such file");
        var stream = Guard(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
        return new CountingStream(stream, Path.GetFileName(path), stream.Length, encoding);
    }

    /// <summary>Runs a file-system call, refusing "permission denied" and other I/O failures in one sentence naming the path.</summary>
    public static T Guard<T>(string path, Func<T> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        try
        {
            return open();
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ImportException(path, null, null, "permission denied: this user may not read it", e);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new ImportException(path, null, null, "cannot be read: " + e.Message, e);
        }
    }
}
