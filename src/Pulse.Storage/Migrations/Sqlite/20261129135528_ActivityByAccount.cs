using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pulse.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivityByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_activity_days_organisation_id_account_id_day_is_private",
                table: "activity_days",
                columns: new[] { "organisation_id", "account_id", "day", "is_private" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activity_days_organisation_id_account_id_day_is_private",
                table: "activity_days");
        }
    }
}
