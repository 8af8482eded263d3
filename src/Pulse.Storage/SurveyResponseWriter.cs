using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>
/// Writes survey responses in bulk inside the caller's transaction: an upsert on
/// (organisation, wave, respondent) that only touches a row when its answers differ. SQLite runs
/// one prepared statement per row; PostgreSQL copies the rows into a staging table and upserts once.
/// Returns the rows inserted or changed.
/// </summary>
internal static class SurveyResponseWriter
{
    private const string Conflict =
        "ON CONFLICT (organisation_id, wave_id, respondent) DO UPDATE SET answers = excluded.answers";

    public static Task<int> UpsertAsync(PulseDbContext db, IEnumerable<SurveyResponseRow> rows, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        return connection switch
        {
            SqliteConnection sqlite => SqliteAsync(sqlite, (SqliteTransaction)transaction, rows, cancellationToken),
            NpgsqlConnection postgres => PostgresAsync(postgres, (NpgsqlTransaction)transaction, rows, cancellationToken),
            _ => throw new NotSupportedException(connection.GetType().Name),
        };
    }

    private static async Task<int> SqliteAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<SurveyResponseRow> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO survey_responses (wave_id, organisation_id, respondent, answers) VALUES ($w, $o, $r, $a) " +
            Conflict + " WHERE survey_responses.answers IS NOT excluded.answers";
        var wave = command.Parameters.Add("$w", SqliteType.Integer);
        var organisation = command.Parameters.Add("$o", SqliteType.Integer);
        var respondent = command.Parameters.Add("$r", SqliteType.Text);
        var answers = command.Parameters.Add("$a", SqliteType.Text);
        command.Prepare();
        var affected = 0;
        foreach (var row in rows)
        {
            wave.Value = row.WaveId;
            organisation.Value = row.OrganisationId;
            respondent.Value = row.Respondent;
            answers.Value = row.Answers;
            affected += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return affected;
    }

    private static async Task<int> PostgresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<SurveyResponseRow> rows, CancellationToken cancellationToken)
    {
        const string columns = "wave_id, organisation_id, respondent, answers";
        await using (var stage = new NpgsqlCommand($"CREATE TEMP TABLE stage_survey_responses ON COMMIT DROP AS SELECT {columns} FROM survey_responses WITH NO DATA", connection, transaction))
        {
            await stage.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var import = await connection.BeginBinaryImportAsync($"COPY stage_survey_responses ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(row.WaveId, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(row.OrganisationId, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(row.Respondent, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Answers, NpgsqlDbType.Text, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        await using var upsert = new NpgsqlCommand(
            $"INSERT INTO survey_responses ({columns}) SELECT {columns} FROM stage_survey_responses " +
            Conflict + " WHERE survey_responses.answers IS DISTINCT FROM excluded.answers",
            connection,
            transaction);
        return await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
