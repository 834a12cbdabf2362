using CommunityChat.Core.Search;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// PostgreSQL's full-text search over the generated <c>SearchVector</c> column and its GIN index of public posts: the
/// query is written as quoted lexemes only (Core's <see cref="SearchTerms.ToTsQuery"/>), ranked by <c>ts_rank</c>
/// (negated: lower first). Every query repeats the index's condition so the planner uses it.
/// </summary>
public sealed class PostgresSearchIndex(AppDbContext db) : ISearchIndex
{
    public Task<int> CountAsync(SearchTerms terms, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>(
            $"""
            SELECT count(*)::int AS "Value" FROM "Posts"
            WHERE "SearchVector" @@ to_tsquery('english'::regconfig, {terms.ToTsQuery()})
              AND "Sequence" IS NOT NULL AND NOT "Hidden" AND "DeletedAt" IS NULL
            """).SingleAsync(cancellationToken);

    public Task<List<long>> TopAsync(SearchTerms terms, int window, int skip, int take, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>(
            $"""
            SELECT newest."Id" AS "Value"
            FROM (
                SELECT "Id", "SearchVector" FROM "Posts"
                WHERE "SearchVector" @@ to_tsquery('english'::regconfig, {terms.ToTsQuery()})
                  AND "Sequence" IS NOT NULL AND NOT "Hidden" AND "DeletedAt" IS NULL
                ORDER BY "Id" DESC LIMIT {window}
            ) AS newest
            ORDER BY ts_rank(newest."SearchVector", to_tsquery('english'::regconfig, {terms.ToTsQuery()})) DESC, newest."Id" DESC
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);

    public IQueryable<SearchMatch> Match(SearchTerms terms) =>
        db.Database.SqlQuery<SearchMatch>(
            $"""
            SELECT p."Id" AS "PostId", -ts_rank(p."SearchVector", q)::float8 AS "Rank"
            FROM "Posts" AS p, to_tsquery('english'::regconfig, {terms.ToTsQuery()}) AS q
            WHERE p."SearchVector" @@ q AND p."Sequence" IS NOT NULL AND NOT p."Hidden" AND p."DeletedAt" IS NULL
            """);
}
