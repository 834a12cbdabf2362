using CommunityChat.Core.Search;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// SQLite's FTS5: the query is written as quoted words only (Core's <see cref="SearchTerms.ToFts5"/>), ranked by
/// bm25. Counting and walking the index by rowid (newest first) cost next to nothing, so ranking never reads more than
/// the window of newest matches however common the word.
/// </summary>
public sealed class SqliteSearchIndex(AppDbContext db) : ISearchIndex
{
    public async Task<SearchPage> FindAsync(SearchTerms terms, int skip, int take, CancellationToken cancellationToken)
    {
        var match = terms.ToFts5();
        var count = await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM PostSearch WHERE PostSearch MATCH {match}")
            .SingleAsync(cancellationToken);
        if (count <= skip)
        {
            return new SearchPage([], Math.Min(count, SearchService.MaxResults));
        }

        var ids = await db.Database.SqlQuery<long>(
            $"""
            SELECT rowid AS Value FROM PostSearch
            WHERE PostSearch MATCH {match}
              AND rowid >= coalesce((SELECT rowid FROM PostSearch WHERE PostSearch MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {SearchService.MaxResults - 1}), 0)
            ORDER BY rank, rowid DESC LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);
        return new SearchPage(ids, Math.Min(count, SearchService.MaxResults));
    }

    public IQueryable<SearchMatch> Match(SearchTerms terms) =>
        db.Database.SqlQuery<SearchMatch>(
            $"SELECT rowid AS PostId, rank AS Rank FROM PostSearch WHERE PostSearch MATCH {terms.ToFts5()}");
}
