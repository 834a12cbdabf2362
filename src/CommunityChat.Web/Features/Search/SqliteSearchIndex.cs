using CommunityChat.Core.Search;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Search;

/// <summary>SQLite's FTS5: the query is written as quoted words only (Core's <see cref="SearchTerms.ToFts5"/>), ranked by bm25.</summary>
public sealed class SqliteSearchIndex(AppDbContext db) : ISearchIndex
{
    public IQueryable<SearchMatch> Match(SearchTerms terms) =>
        db.Database.SqlQuery<SearchMatch>(
            $"SELECT rowid AS PostId, rank AS Rank FROM PostSearch WHERE PostSearch MATCH {terms.ToFts5()}");
}
