using CommunityChat.Core.Search;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// PostgreSQL's full-text search over the generated <c>SearchVector</c> column (GIN index): the query is written as
/// quoted lexemes only (Core's <see cref="SearchTerms.ToTsQuery"/>), ranked by <c>ts_rank</c> (negated: lower first).
/// </summary>
public sealed class PostgresSearchIndex(AppDbContext db) : ISearchIndex
{
    public IQueryable<SearchMatch> Match(SearchTerms terms) =>
        db.Database.SqlQuery<SearchMatch>(
            $"""
            SELECT p."Id" AS "PostId", -ts_rank(p."SearchVector", q)::float8 AS "Rank"
            FROM "Posts" AS p, to_tsquery('english'::regconfig, {terms.ToTsQuery()}) AS q
            WHERE p."SearchVector" @@ q
            """);
}
