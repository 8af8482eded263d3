using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pulse.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MonitoringAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "aggregates_revision",
                table: "organisations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "account_first_days",
                columns: table => new
                {
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    first_day = table.Column<int>(type: "integer", nullable: true),
                    first_day_with_private = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_first_days", x => new { x.organisation_id, x.account_id });
                    table.ForeignKey(
                        name: "fk_account_first_days_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_days",
                columns: table => new
                {
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    group_key = table.Column<string>(type: "text", nullable: false),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    messages = table.Column<int>(type: "integer", nullable: false),
                    starters = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_days", x => new { x.organisation_id, x.day, x.account_id, x.group_key, x.is_private });
                    table.ForeignKey(
                        name: "fk_activity_days_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reply_days",
                columns: table => new
                {
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    from_account_id = table.Column<long>(type: "bigint", nullable: false),
                    to_account_id = table.Column<long>(type: "bigint", nullable: false),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    replies = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reply_days", x => new { x.organisation_id, x.day, x.from_account_id, x.to_account_id, x.is_private });
                    table.ForeignKey(
                        name: "fk_reply_days_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "thread_starts",
                columns: table => new
                {
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    message_id = table.Column<long>(type: "bigint", nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    group_key = table.Column<string>(type: "text", nullable: false),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    first_reply_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    first_reply_with_private_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_thread_starts", x => new { x.organisation_id, x.message_id });
                    table.ForeignKey(
                        name: "fk_thread_starts_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_thread_starts_organisation_id_day",
                table: "thread_starts",
                columns: new[] { "organisation_id", "day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_first_days");

            migrationBuilder.DropTable(
                name: "activity_days");

            migrationBuilder.DropTable(
                name: "reply_days");

            migrationBuilder.DropTable(
                name: "thread_starts");

            migrationBuilder.DropColumn(
                name: "aggregates_revision",
                table: "organisations");
        }
    }
}
