using CommunityChat.Core.Posts;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Data;

/// <summary>
/// The full-text engines' own schema, which EF's model cannot express (SPEC rule 13): on SQLite an FTS5 table over
/// <c>Posts.SearchText</c> kept by triggers, on PostgreSQL a generated <c>tsvector</c> column with a GIN index. Both
/// follow every write in the writing transaction, whatever the path. Created after the migrations, idempotently, at
/// every start: a later migration that rebuilds the Posts table (SQLite drops a table's triggers with it) is repaired
/// here, and posts written before search existed get their search text.
/// </summary>
public static class SearchSchema
{
    /// <summary>
    /// The posts the index holds: those the public sees (PostVisibility's rule for <c>Viewer.Public</c>, in SQL), so
    /// that a search without filters is answered by the index alone. Tests on both engines hold the two in step.
    /// </summary>
    public const string PostgresPublic = "\"Sequence\" IS NOT NULL AND NOT \"Hidden\" AND \"DeletedAt\" IS NULL";

    private const int SqliteObjectCount = 4;

    // FTS5 reads the text from Posts (external content): the index holds tokens only. porter stems English words;
    // unicode61 splits on what Core's SearchText left as spaces (accents are already folded there). A post enters the
    // index when the public can see it and leaves it when it is hidden, deleted or its text changes.
    private static string[] SqliteObjects() =>
    [
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS PostSearch USING fts5(
            SearchText, content='Posts', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2')
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS PostSearch_Insert AFTER INSERT ON Posts WHEN {Public("new")} BEGIN
            INSERT INTO PostSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
        END
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS PostSearch_Delete AFTER DELETE ON Posts WHEN {Public("old")} BEGIN
            INSERT INTO PostSearch(PostSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
        END
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS PostSearch_Update AFTER UPDATE OF SearchText, Sequence, Hidden, DeletedAt ON Posts BEGIN
            INSERT INTO PostSearch(PostSearch, rowid, SearchText) SELECT 'delete', old.Id, old.SearchText WHERE {Public("old")};
            INSERT INTO PostSearch(rowid, SearchText) SELECT new.Id, new.SearchText WHERE {Public("new")};
        END
        """,
    ];

    private static readonly string[] PostgresObjects =
    [
        """
        ALTER TABLE "Posts" ADD COLUMN IF NOT EXISTS "SearchVector" tsvector
            GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce("SearchText", ''))) STORED
        """,
        $"""CREATE INDEX IF NOT EXISTS "IX_Posts_SearchVector_Public" ON "Posts" USING GIN ("SearchVector") WHERE {PostgresPublic}""",
    ];

    public const int BackfillBatch = 500;

    public static async Task EnsureAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var present = await db.Database.SqlQuery<int>(
                $"SELECT count(*) AS Value FROM sqlite_master WHERE name IN ('PostSearch', 'PostSearch_Insert', 'PostSearch_Delete', 'PostSearch_Update')")
                .SingleAsync(cancellationToken);
            if (present < SqliteObjectCount)
            {
                foreach (var sql in SqliteObjects())
                {
                    await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
                }

                // Whatever was written while a trigger was missing is read again from Posts.
                await db.Database.ExecuteSqlRawAsync("INSERT INTO PostSearch(PostSearch) VALUES ('delete-all')", cancellationToken);
                await db.Database.ExecuteSqlRawAsync(SqliteReindex, cancellationToken);
            }
        }
        else
        {
            foreach (var sql in PostgresObjects)
            {
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }
        }

        await BackfillAsync(db, cancellationToken);
    }

    private static string Public(string row) => row + ".Sequence IS NOT NULL AND " + row + ".Hidden = 0 AND " + row + ".DeletedAt IS NULL";

    private static readonly string SqliteReindex = "INSERT INTO PostSearch(rowid, SearchText) SELECT Id, SearchText FROM Posts WHERE " + Public("Posts");

    /// <summary>Posts written before search existed: their search text and tags, a batch at a time.</summary>
    private static async Task BackfillAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var posts = await db.Posts.Where(p => p.SearchText == null).OrderBy(p => p.Id).Take(BackfillBatch).ToListAsync(cancellationToken);
            if (posts.Count == 0)
            {
                return;
            }

            foreach (var post in posts)
            {
                post.SearchText = Core.Search.SearchText.ForIndex(post.Text);
                post.Tags.AddRange(PostText.Hashtags(post.Text).Select(tag => new PostTag { Tag = tag }));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
