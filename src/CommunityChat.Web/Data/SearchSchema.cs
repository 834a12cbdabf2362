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
    public const string SqliteTable = "PostSearch";

    // FTS5 reads the text from Posts (external content): the index holds tokens only. porter stems English words;
    // unicode61 splits on what Core's SearchText left as spaces (accents are already folded there).
    private static readonly string[] SqliteObjects =
    [
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS PostSearch USING fts5(
            SearchText, content='Posts', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2')
        """,
        """
        CREATE TRIGGER IF NOT EXISTS PostSearch_Insert AFTER INSERT ON Posts BEGIN
            INSERT INTO PostSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS PostSearch_Delete AFTER DELETE ON Posts BEGIN
            INSERT INTO PostSearch(PostSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS PostSearch_Update AFTER UPDATE OF SearchText ON Posts BEGIN
            INSERT INTO PostSearch(PostSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
            INSERT INTO PostSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
        END
        """,
    ];

    private static readonly string[] PostgresObjects =
    [
        """
        ALTER TABLE "Posts" ADD COLUMN IF NOT EXISTS "SearchVector" tsvector
            GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce("SearchText", ''))) STORED
        """,
        """CREATE INDEX IF NOT EXISTS "IX_Posts_SearchVector" ON "Posts" USING GIN ("SearchVector")""",
    ];

    public const int BackfillBatch = 500;

    public static async Task EnsureAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var present = await db.Database.SqlQuery<int>(
                $"SELECT count(*) AS Value FROM sqlite_master WHERE name IN ('PostSearch', 'PostSearch_Insert', 'PostSearch_Delete', 'PostSearch_Update')")
                .SingleAsync(cancellationToken);
            if (present < SqliteObjects.Length)
            {
                foreach (var sql in SqliteObjects)
                {
                    await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
                }

                // Whatever was written while a trigger was missing is read again from Posts.
                await db.Database.ExecuteSqlRawAsync("INSERT INTO PostSearch(PostSearch) VALUES ('rebuild')", cancellationToken);
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
