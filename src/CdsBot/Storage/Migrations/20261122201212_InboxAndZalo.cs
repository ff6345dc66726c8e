using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class InboxAndZalo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChannelMessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", nullable: true),
                    LeaseUntilMs = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbound_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InboxEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecipientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptMs = table.Column<long>(type: "INTEGER", nullable: false),
                    PartsSent = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformMessageId = table.Column<string>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbound_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "zalo_tokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessToken = table.Column<string>(type: "TEXT", nullable: false),
                    RefreshToken = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    RefreshLeaseUntilMs = table.Column<long>(type: "INTEGER", nullable: false),
                    RefreshLeaseOwner = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zalo_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "zalo_users",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    Followed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastInboundMs = table.Column<long>(type: "INTEGER", nullable: false),
                    RepliesSinceInbound = table.Column<int>(type: "INTEGER", nullable: false),
                    Unreachable = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zalo_users", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_events_Channel_ChannelMessageId",
                table: "inbox_events",
                columns: new[] { "Channel", "ChannelMessageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_events_Status_Id",
                table: "inbox_events",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_InboxEventId_Sequence",
                table: "outbound_messages",
                columns: new[] { "InboxEventId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_Status_NextAttemptMs",
                table: "outbound_messages",
                columns: new[] { "Status", "NextAttemptMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_events");

            migrationBuilder.DropTable(
                name: "outbound_messages");

            migrationBuilder.DropTable(
                name: "zalo_tokens");

            migrationBuilder.DropTable(
                name: "zalo_users");
        }
    }
}
