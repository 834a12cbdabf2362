using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityChat.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ByNewcomer",
                table: "Posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ChatAttendances",
                columns: table => new
                {
                    ChatId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatAttendances", x => new { x.ChatId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ChatAttendances_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChatAttendances_Chats_ChatId",
                        column: x => x.ChatId,
                        principalTable: "Chats",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonAttendances",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    Chats = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstChatId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstChatAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChatId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonAttendances", x => new { x.CommunityId, x.UserId });
                    table.ForeignKey(
                        name: "FK_PersonAttendances_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonAttendances_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Attendance",
                table: "Posts",
                columns: new[] { "ChatId", "AuthorId" },
                filter: "\"DeletedAt\" IS NULL AND \"Sequence\" IS NOT NULL AND NOT \"Hidden\" AND \"Kind\" <> 'Question'");

            migrationBuilder.CreateIndex(
                name: "IX_ChatAttendances_CommunityId_UserId",
                table: "ChatAttendances",
                columns: new[] { "CommunityId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChatAttendances_UserId",
                table: "ChatAttendances",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonAttendances_CommunityId_Chats_FirstChatAt",
                table: "PersonAttendances",
                columns: new[] { "CommunityId", "Chats", "FirstChatAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonAttendances_CommunityId_FirstChatAt_Chats",
                table: "PersonAttendances",
                columns: new[] { "CommunityId", "FirstChatAt", "Chats" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonAttendances_CommunityId_FirstChatId",
                table: "PersonAttendances",
                columns: new[] { "CommunityId", "FirstChatId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonAttendances_UserId",
                table: "PersonAttendances",
                column: "UserId");

            // Chats that ended before attendance was kept (rule 32).
            migrationBuilder.Sql(AttendanceBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChatAttendances");

            migrationBuilder.DropTable(
                name: "PersonAttendances");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Attendance",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "ByNewcomer",
                table: "Posts");
        }
    }
}
