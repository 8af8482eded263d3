using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Import;

/// <summary>Rewrites items on their way into storage (pseudonymisation), the same way for every connector.</summary>
public interface IImportTransform
{
    Account Apply(Account account);

    Message Apply(Message message);
}
