using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class WebChatHandoffPhone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "handoff_requests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PhoneConsentAt",
                table: "handoff_requests",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Phone",
                table: "handoff_requests");

            migrationBuilder.DropColumn(
                name: "PhoneConsentAt",
                table: "handoff_requests");
        }
    }
}
