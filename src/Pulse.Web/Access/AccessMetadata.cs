namespace Pulse.Web.Access;

/// <summary>Marks an endpoint only administrators reach (besides the wave routes, which the gate knows by their path).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AdminOnlyAttribute : Attribute;

/// <summary>Marks an endpoint a user who must still choose a password may reach (choosing it, signing out).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class BeforePasswordChosenAttribute : Attribute;
