using System.Security.Cryptography;
using System.Text;

namespace Pulse.Storage;

/// <summary>
/// The key files of the key folder (<see cref="StorageOptions.Keys"/>): 32 random bytes in base64,
/// readable by their owner only, created by whichever process needs one first. Processes that
/// create the same file at once all end up with the one key.
/// </summary>
internal static class KeyFiles
{
    private const int KeySize = 32;

    /// <summary>The key in <paramref name="file"/>, or null when there is no such file.</summary>
    /// <param name="what">What the key is, for the error when the file holds something else.</param>
    public static byte[]? Read(string file, string what) => File.Exists(file) ? ReadWritten(file, what) : null;

    /// <summary>The key in <paramref name="file"/>, created when there is none.</summary>
    public static byte[] ReadOrCreate(string file, string what)
    {
        if (!File.Exists(file)) Create(file);
        return ReadWritten(file, what);
    }

    /// <summary>
    /// Creates the file exclusively (O_CREAT|O_EXCL), so that of processes creating it at once exactly
    /// one writes a key and the others read that one. <see cref="File.Move(string, string, bool)"/>
    /// without overwrite is no such guarantee on Unix: .NET checks that the target is absent and then
    /// renames, and a process between the two replaced a key another had already used (CI, stop 16).
    /// The file is shared for reading while written: an exclusive share is an exclusive <c>flock</c> on
    /// Unix, and a reader holding the new file at that moment made the creator fail after creating it,
    /// leaving an empty key nobody would write. It is created readable by its owner only, never
    /// readable by others for a moment.
    /// </summary>
    private static void Create(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var stream = new FileStream(file, options);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize)) + "\n"));
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process created it first: ReadWritten takes theirs.
        }
    }

    /// <summary>
    /// The key in an existing file. A process that lost the race to create it may find the file created
    /// but not yet written: it waits a moment for the content rather than taking it for a damaged key.
    /// </summary>
    private static byte[] ReadWritten(string file, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (true)
        {
            var key = TryRead(file);
            if (key is not null) return key;
            if (DateTime.UtcNow >= deadline) throw new PulseException($"{file} is not {what} ({KeySize} bytes, base64).");
            Thread.Sleep(20);
        }
    }

    private static byte[]? TryRead(string file)
    {
        try
        {
            var bytes = Convert.FromBase64String(File.ReadAllText(file).Trim());
            return bytes.Length == KeySize ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
