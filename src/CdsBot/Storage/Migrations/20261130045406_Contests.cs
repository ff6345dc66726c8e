using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Contests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contest_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AttemptId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: true),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: false),
                    ElapsedMilliseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contest_answers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contest_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Drawn = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ShownAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Correct = table.Column<int>(type: "INTEGER", nullable: false),
                    ElapsedMilliseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Prediction = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DisqualifiedReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contest_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contest_questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Choices = table.Column<string>(type: "TEXT", nullable: false),
                    CorrectIndex = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contest_questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contest_rounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contest_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: false),
                    QuestionsPerAttempt = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondsPerQuestion = table.Column<int>(type: "INTEGER", nullable: false),
                    PredictionQuestion = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contest_answers_AttemptId_Position",
                table: "contest_answers",
                columns: new[] { "AttemptId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contest_attempts_RoundId_Channel_UserId",
                table: "contest_attempts",
                columns: new[] { "RoundId", "Channel", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contest_questions_ContestId",
                table: "contest_questions",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_contest_rounds_ContestId_StartsAt",
                table: "contest_rounds",
                columns: new[] { "ContestId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contest_answers");

            migrationBuilder.DropTable(
                name: "contest_attempts");

            migrationBuilder.DropTable(
                name: "contest_questions");

            migrationBuilder.DropTable(
                name: "contest_rounds");

            migrationBuilder.DropTable(
                name: "contests");
        }
    }
}
