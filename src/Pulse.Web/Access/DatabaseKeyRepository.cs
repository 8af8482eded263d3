using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Pulse.Storage;

namespace Pulse.Web.Access;

/// <summary>
/// Keeps Data Protection's keys (which sign the sign-in cookie and anti-forgery tokens) in Pulse's database rather
/// than in a folder of one machine: the web tier stays stateless, so a restarted or second instance accepts the
/// cookies the first one issued (DESIGN.md, "Growing past one machine").
/// </summary>
internal sealed class DatabaseKeyRepository(AccessStore store) : IXmlRepository
{
    // Data Protection asks synchronously, once at start and when its key ring expires (about daily).
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.DataProtectionKeysAsync().GetAwaiter().GetResult().Select(x => XElement.Parse(x))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        store.AddDataProtectionKeyAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
    }
}
