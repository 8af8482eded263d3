using Pulse.Storage;

namespace Pulse.Web;

/// <summary>What the web host needs: where the data is and which addresses to listen on.</summary>
/// <param name="Urls">Kestrel addresses, e.g. <c>http://127.0.0.1:5000</c>; port 0 picks a free port.</param>
public sealed record PulseWebOptions(StorageOptions Storage, string Urls);
