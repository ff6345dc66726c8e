using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ItemDailyTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "turn_log_daily_items",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Turns = table.Column<int>(type: "INTEGER", nullable: false),
                    Helpful = table.Column<int>(type: "INTEGER", nullable: false),
                    Unhelpful = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_turn_log_daily_items", x => new { x.Day, x.ItemId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "turn_log_daily_items");
        }
    }
}
