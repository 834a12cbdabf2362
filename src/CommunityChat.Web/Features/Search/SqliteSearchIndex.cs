using CommunityChat.Core.Search;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// SQLite's FTS5: the query is written as quoted words only (Core's <see cref="SearchTerms.ToFts5"/>), ranked by
/// bm25. The window of newest matches is found by walking the index by rowid, which costs nothing, so ranking never
/// reads more than the window however common the word.
/// </summary>
public sealed class SqliteSearchIndex(AppDbContext db) : ISearchIndex
{
    public Task<int> CountAsync(SearchTerms terms, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM PostSearch WHERE PostSearch MATCH {terms.ToFts5()}")
            .SingleAsync(cancellationToken);

    public Task<List<long>> TopAsync(SearchTerms terms, int window, int skip, int take, CancellationToken cancellationToken)
    {
        var match = terms.ToFts5();
        return db.Database.SqlQuery<long>(
            $"""
            SELECT rowid AS Value FROM PostSearch
            WHERE PostSearch MATCH {match}
              AND rowid >= coalesce((SELECT rowid FROM PostSearch WHERE PostSearch MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {window - 1}), 0)
            ORDER BY rank, rowid DESC LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);
    }

    public IQueryable<SearchMatch> Match(SearchTerms terms) =>
        db.Database.SqlQuery<SearchMatch>(
            $"SELECT rowid AS PostId, rank AS Rank FROM PostSearch WHERE PostSearch MATCH {terms.ToFts5()}");
}
