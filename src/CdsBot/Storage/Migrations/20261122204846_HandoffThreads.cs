using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class HandoffThreads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_handoff_requests_ClosedAt",
                table: "handoff_requests");

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "handoff_requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "handoff_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HandoffId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TurnNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handoff_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_handoff_requests_Channel_ConversationId_ClosedAt",
                table: "handoff_requests",
                columns: new[] { "Channel", "ConversationId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_handoff_messages_HandoffId_TurnNumber",
                table: "handoff_messages",
                columns: new[] { "HandoffId", "TurnNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "handoff_messages");

            migrationBuilder.DropIndex(
                name: "IX_handoff_requests_Channel_ConversationId_ClosedAt",
                table: "handoff_requests");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "handoff_requests");

            migrationBuilder.CreateIndex(
                name: "IX_handoff_requests_ClosedAt",
                table: "handoff_requests",
                column: "ClosedAt");
        }
    }
}
