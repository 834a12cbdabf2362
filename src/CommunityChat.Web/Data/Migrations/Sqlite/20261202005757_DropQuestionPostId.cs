using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityChat.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropQuestionPostId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PostId",
                table: "Questions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PostId",
                table: "Questions",
                type: "INTEGER",
                nullable: true);
        }
    }
}
