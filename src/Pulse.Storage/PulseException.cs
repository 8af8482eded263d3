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
