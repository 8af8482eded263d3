using Pulse.Maturity.Model;
using Pulse.Storage;

namespace Pulse.Application.Benchmark;

/// <summary>The maturity model versions this build carries, with a clear error for any other.</summary>
public static class Models
{
    public static MaturityModel Get(string version) =>
        ModelCatalog.Versions.Contains(version, StringComparer.Ordinal)
            ? ModelCatalog.Get(version)
            : throw new PulseException($"There is no maturity model '{version}'; this build has {string.Join(", ", ModelCatalog.Versions)}.");
}
