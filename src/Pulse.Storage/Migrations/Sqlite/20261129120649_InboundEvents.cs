using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pulse.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboundEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbound_events",
                columns: table => new
                {
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbound_events", x => new { x.organisation_id, x.platform, x.event_id });
                    table.ForeignKey(
                        name: "fk_inbound_events_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbound_events_organisation_id_processed_at_received_at",
                table: "inbound_events",
                columns: new[] { "organisation_id", "processed_at", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbound_events");
        }
    }
}
