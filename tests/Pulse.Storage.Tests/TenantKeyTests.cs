using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

/// <summary>
/// The schema's tenant rule (issue 12, docs/scaling.md): on every tenant-owned table, every key and every index starts
/// with organisation_id, so that queries stay within one organisation's rows and PostgreSQL with Citus can distribute
/// by it. The exceptions are listed here by name, each with its reason and its way out in docs/scaling.md; a new
/// table or index that breaks the rule fails this test until it is fixed or argued for.
/// </summary>
public sealed class TenantKeyTests
{
    /// <summary>Keys and indexes known not to lead with organisation_id: table, columns.</summary>
    private static readonly HashSet<string> Exceptions = new(StringComparer.Ordinal)
    {
        // Surrogate identity keys from before the rule: Citus needs (organisation_id, id); see docs/scaling.md.
        "accounts(id)", "groups(id)", "topics(id)", "messages(id)", "people(id)", "themes(id)", "alert_rules(id)", "alerts(id)",
        "survey_responses(id)", "api_tokens(id)",
        // A secret presented without its organisation is looked up by its hash: on Citus these move to a reference table.
        "api_tokens(hash)", "invitations(token_hash)",
        // Foreign-key indexes towards tables that are not tenant-owned (waves, users): non-unique, allowed on Citus.
        "invitations(wave_id)", "survey_responses(wave_id)", "user_organisations(user_id)",
        // Alerts point at their rule: non-unique, created for the cascade.
        "alerts(rule_id)",
    };

    [Fact]
    public async Task Every_key_and_index_of_a_tenant_owned_table_leads_with_organisation_id_or_is_a_listed_exception()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await using var db = test.Database.CreateContext();
        var tenantOwned = db.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();

        var offending = new List<string>();
        var seenExceptions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in tenantOwned)
        {
            var table = entity.GetTableName()!;
            var lists = entity.GetKeys().Select(k => k.Properties).Concat(entity.GetIndexes().Select(i => i.Properties));
            foreach (var properties in lists)
            {
                var name = $"{table}({string.Join(", ", properties.Select(p => p.GetColumnName()))})";
                if (properties[0].Name == nameof(ITenantOwned.OrganisationId)) continue;
                if (Exceptions.Contains(name)) seenExceptions.Add(name);
                else offending.Add(name);
            }
        }

        tenantOwned.Count.ShouldBeGreaterThan(15, "the tenant-owned tables were found");
        offending.ShouldBeEmpty();
        // An exception that no longer exists is taken off the list, so the list stays the truth.
        Exceptions.Except(seenExceptions).ShouldBeEmpty();
    }
}
