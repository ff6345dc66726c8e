using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ContestClaimsAndJoinButton : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ContactConsentAt",
                table: "contest_attempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactConsentWording",
                table: "contest_attempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "contest_attempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "JoinContest",
                table: "campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactConsentAt",
                table: "contest_attempts");

            migrationBuilder.DropColumn(
                name: "ContactConsentWording",
                table: "contest_attempts");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "contest_attempts");

            migrationBuilder.DropColumn(
                name: "JoinContest",
                table: "campaigns");
        }
    }
}
