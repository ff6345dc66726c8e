using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class TurnLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "turn_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Route = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PassageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Band = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Rephrase = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LatencyMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Helpful = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_turn_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "turn_log_daily",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Turns = table.Column<int>(type: "INTEGER", nullable: false),
                    Helpful = table.Column<int>(type: "INTEGER", nullable: false),
                    Unhelpful = table.Column<int>(type: "INTEGER", nullable: false),
                    LatencyMsTotal = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_turn_log_daily", x => new { x.Day, x.Channel, x.Route, x.Band, x.Locality });
                });

            migrationBuilder.CreateIndex(
                name: "IX_turn_log_Channel_ConversationId_ItemId",
                table: "turn_log",
                columns: new[] { "Channel", "ConversationId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_turn_log_Day_Band_Question",
                table: "turn_log",
                columns: new[] { "Day", "Band", "Question" },
                filter: "Band IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_turn_log_Day_Channel_Route_Band_Helpful",
                table: "turn_log",
                columns: new[] { "Day", "Channel", "Route", "Band", "Helpful" });

            migrationBuilder.CreateIndex(
                name: "IX_turn_log_Day_ItemId_Route_Helpful",
                table: "turn_log",
                columns: new[] { "Day", "ItemId", "Route", "Helpful" },
                filter: "ItemId IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "turn_log");

            migrationBuilder.DropTable(
                name: "turn_log_daily");
        }
    }
}
