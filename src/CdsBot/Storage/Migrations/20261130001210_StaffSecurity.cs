using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class StaffSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "staff_users",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Writers",
                table: "item_drafts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Writers",
                table: "campaigns",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            // Existing accounts get a stamp of their own; drafts and campaigns name the writer they already record.
            migrationBuilder.Sql("UPDATE staff_users SET SecurityStamp = lower(hex(randomblob(16)));");
            migrationBuilder.Sql("UPDATE item_drafts SET Writers = json_array(EditedBy);");
            migrationBuilder.Sql("UPDATE campaigns SET Writers = json_array(CreatedBy);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "staff_users");

            migrationBuilder.DropColumn(
                name: "Writers",
                table: "item_drafts");

            migrationBuilder.DropColumn(
                name: "Writers",
                table: "campaigns");
        }
    }
}
