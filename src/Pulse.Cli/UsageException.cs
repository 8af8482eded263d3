namespace Pulse.Cli;

/// <summary>The command was called wrongly (exit code 2), as opposed to failing while it worked (1).</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
