using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Pulse.Storage;

/// <summary>Marks times read from the database as UTC, which is how Pulse always writes them.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
