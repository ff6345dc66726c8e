using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaign_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Lane = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptMs = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", nullable: true),
                    PartsSent = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformMessageId = table.Column<string>(type: "TEXT", nullable: true),
                    ClickToken = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReadAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClickedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Clicks = table.Column<int>(type: "INTEGER", nullable: false),
                    OptedOutAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    LinkUrl = table.Column<string>(type: "TEXT", nullable: true),
                    LinkTitle = table.Column<string>(type: "TEXT", nullable: true),
                    ImageUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    Localities = table.Column<string>(type: "TEXT", nullable: false),
                    Channels = table.Column<string>(type: "TEXT", nullable: false),
                    ActiveWithinDays = table.Column<int>(type: "INTEGER", nullable: true),
                    InactiveForDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Targeted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lane_quotas",
                columns: table => new
                {
                    Lane = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", nullable: false),
                    Used = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lane_quotas", x => new { x.Lane, x.Period });
                });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_deliveries_CampaignId_Channel_UserId",
                table: "campaign_deliveries",
                columns: new[] { "CampaignId", "Channel", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_deliveries_CampaignId_Status_NextAttemptMs",
                table: "campaign_deliveries",
                columns: new[] { "CampaignId", "Status", "NextAttemptMs" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_deliveries_Channel_UserId_Status",
                table: "campaign_deliveries",
                columns: new[] { "Channel", "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_deliveries_ClaimedBy",
                table: "campaign_deliveries",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_deliveries_ClickToken",
                table: "campaign_deliveries",
                column: "ClickToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_deliveries_PlatformMessageId",
                table: "campaign_deliveries",
                column: "PlatformMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_Status_ScheduledAt",
                table: "campaigns",
                columns: new[] { "Status", "ScheduledAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_deliveries");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "lane_quotas");
        }
    }
}
