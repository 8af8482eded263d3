using Pulse.Maturity.Model;

namespace Pulse.Maturity.Tests.Model;

public sealed class ModelCatalogTests
{
    [Fact]
    public void V1_is_shipped_and_loads_without_problems()
    {
        ModelCatalog.Versions.ShouldContain("v1");
        var model = ModelCatalog.Get("v1");
        model.Version.ShouldBe("v1");
    }
}
