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

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Attendance",
                table: "Posts",
                columns: new[] { "ChatId", "AuthorId" },
                filter: "\"DeletedAt\" IS NULL AND \"Sequence\" IS NOT NULL AND NOT \"Hidden\" AND \"Kind\" <> 'Question'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_Attendance",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "ByNewcomer",
                table: "Posts");
        }
    }
}
