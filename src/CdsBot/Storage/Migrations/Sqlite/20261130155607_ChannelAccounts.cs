using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChannelAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // zalo_tokens becomes one row per OA; the row kept from before (the default OA's) gets Account "".
            migrationBuilder.DropPrimaryKey(
                name: "PK_zalo_tokens",
                table: "zalo_tokens");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "zalo_tokens");

            migrationBuilder.AddColumn<string>(
                name: "Account",
                table: "zalo_tokens",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Accounts",
                table: "campaigns",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddPrimaryKey(
                name: "PK_zalo_tokens",
                table: "zalo_tokens",
                column: "Account");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_zalo_tokens",
                table: "zalo_tokens");

            migrationBuilder.DropColumn(
                name: "Account",
                table: "zalo_tokens");

            migrationBuilder.DropColumn(
                name: "Accounts",
                table: "campaigns");

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "zalo_tokens",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddPrimaryKey(
                name: "PK_zalo_tokens",
                table: "zalo_tokens",
                column: "Id");
        }
    }
}
