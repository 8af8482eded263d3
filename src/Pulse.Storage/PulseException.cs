namespace Pulse.Storage;

/// <summary>
/// A failure the user can act on, with a message written for them (one sentence, no stack trace):
/// an unknown organisation, a slug already taken, a wave that does not exist.
/// </summary>
public class PulseException : Exception
{
    public PulseException()
    {
    }

    public PulseException(string message)
        : base(message)
    {
    }

    public PulseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A failure caused by how Pulse was asked (a missing or contradictory option): exit code 2, not 1.</summary>
public class PulseUsageException : PulseException
{
    public PulseUsageException()
    {
    }

    public PulseUsageException(string message)
        : base(message)
    {
    }

    public PulseUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
