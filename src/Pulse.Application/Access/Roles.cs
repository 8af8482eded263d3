namespace Pulse.Application.Access;

/// <summary>The roles of people who sign in (DESIGN.md, "Privacy and security"). Respondents have no account.</summary>
public static class Roles
{
    /// <summary>Every organisation, the waves, the benchmark and the reports.</summary>
    public const string Admin = "admin";

    /// <summary>The organisations the user is given, nothing else.</summary>
    public const string Analyst = "analyst";

    public static bool IsKnown(string role) => role is Admin or Analyst;
}
