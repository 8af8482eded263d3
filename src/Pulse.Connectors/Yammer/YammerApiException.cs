using System.Net;

namespace Pulse.Connectors.Yammer;

/// <summary>The Yammer REST API refused a request (a bad token, a missing permission) or kept failing after retries.</summary>
public sealed class YammerApiException : Exception
{
    public YammerApiException(string message, HttpStatusCode? status = null, Exception? inner = null)
        : base(message, inner) => Status = status;

    public YammerApiException()
        : this("the Yammer API failed")
    {
    }

    public YammerApiException(string message, Exception inner)
        : this(message, null, inner)
    {
    }

    public YammerApiException(string message)
        : this(message, null, null)
    {
    }

    /// <summary>The last answer's status, when there was an answer.</summary>
    public HttpStatusCode? Status { get; }
}
