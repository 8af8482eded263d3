namespace Pulse.Application.Access;

/// <summary>
/// Who is asking, as far as tenant isolation is concerned: an administrator sees every organisation; an
/// analyst or an API token only the organisations named here. Every page and API call asks
/// <see cref="CanSee"/> with the organisation in its route.
/// </summary>
public sealed record Viewer(bool IsAdmin, IReadOnlySet<string> Organisations)
{
    public bool CanSee(string slug) => IsAdmin || Organisations.Contains(slug);

    /// <summary>Keeps what this viewer may see of a list of organisation slugs.</summary>
    public IEnumerable<T> Visible<T>(IEnumerable<T> items, Func<T, string> slug) => IsAdmin ? items : items.Where(i => CanSee(slug(i)));
}
