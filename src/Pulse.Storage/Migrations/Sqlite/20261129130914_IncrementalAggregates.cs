using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pulse.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IncrementalAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "aggregate_changes",
                columns: table => new
                {
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false),
                    days = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aggregate_changes", x => new { x.organisation_id, x.revision });
                    table.ForeignKey(
                        name: "fk_aggregate_changes_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_messages_organisation_id_source_thread_external_id",
                table: "messages",
                columns: new[] { "organisation_id", "source", "thread_external_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aggregate_changes");

            migrationBuilder.DropIndex(
                name: "ix_messages_organisation_id_source_thread_external_id",
                table: "messages");
        }
    }
}
