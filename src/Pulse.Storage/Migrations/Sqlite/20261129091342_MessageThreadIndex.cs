using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pulse.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MessageThreadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_messages_organisation_id_source_thread_external_id",
                table: "messages",
                columns: new[] { "organisation_id", "source", "thread_external_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_messages_organisation_id_source_thread_external_id",
                table: "messages");
        }
    }
}
