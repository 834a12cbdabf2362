using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityChat.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PostTags",
                columns: table => new
                {
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostTags", x => new { x.PostId, x.Tag });
                    table.ForeignKey(
                        name: "FK_PostTags_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PostTags_Tag_PostId",
                table: "PostTags",
                columns: new[] { "Tag", "PostId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The engine's own objects (SearchSchema) go first: they read SearchText.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PostSearch_Insert; DROP TRIGGER IF EXISTS PostSearch_Delete; DROP TRIGGER IF EXISTS PostSearch_Update; DROP TABLE IF EXISTS PostSearch;");

            migrationBuilder.DropTable(
                name: "PostTags");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Posts");
        }
    }
}
