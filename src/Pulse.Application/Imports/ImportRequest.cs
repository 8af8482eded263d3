namespace Pulse.Application.Imports;

/// <summary>One platform export to import into one organisation.</summary>
/// <param name="Platform">One of <see cref="Platforms.Exports"/> or <see cref="Platforms.Mapped"/>.</param>
/// <param name="Mapping">The mapping file, for the mapped formats only.</param>
/// <param name="Pseudonymise">Store people under keyed pseudonyms; sticks to the organisation once chosen.</param>
/// <param name="Encoding">How to decode text that is not UTF-8: <c>latin1</c> or <c>windows-1252</c>; null means strict UTF-8.</param>
public sealed record ImportRequest(string Platform, string Path, string Organisation, bool Pseudonymise = false, string? Mapping = null, string? Encoding = null);
