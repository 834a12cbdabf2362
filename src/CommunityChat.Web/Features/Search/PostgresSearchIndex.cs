using CommunityChat.Core.Search;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// PostgreSQL's full-text search over the generated <c>SearchVector</c> column and its GIN index of public posts: the
/// query is written as quoted lexemes only (Core's <see cref="SearchTerms.ToTsQuery"/>), ranked by <c>ts_rank</c>
/// (negated: lower first). Every query repeats the index's condition so the planner uses it.
/// A GIN index cannot count or order without visiting each matching row, so the newest matches are looked for in the
/// newest rows first (the index's bitmap and the key's range combined), widening only when too few are there: a word
/// in 36,000 posts costs what one in 1,000 does.
/// </summary>
public sealed class PostgresSearchIndex(AppDbContext db) : ISearchIndex
{
    /// <summary>The newest rows looked at first: a common word has its thousand newest matches there.</summary>
    private const long FirstRows = 50_000;

    public async Task<SearchPage> FindAsync(SearchTerms terms, int skip, int take, CancellationToken cancellationToken)
    {
        var query = terms.ToTsQuery();
        var limit = SearchService.MaxResults;

        // The planner prices a walk along the key's range, testing each row's words, below combining the two indexes'
        // bitmaps; measured, it is 3 to 5 times slower (docs/benchmarks.md). For these reads only, it may not walk.
        var last = await db.Posts.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_indexscan = off", cancellationToken);
        var newest = await NewestAsync(query, last - FirstRows, limit, cancellationToken);
        if (newest.Count < limit && last > FirstRows)
        {
            // As many matches as the first rows held, spread evenly: how far back the rest should be, with a margin.
            // A rare word (under 1 in 5,000 posts) is cheaper read whole through the index.
            var rows = newest.Count < FirstRows / 5_000 ? long.MaxValue : FirstRows * limit * 3 / (2 * (long)Math.Max(1, newest.Count));
            newest = await NewestAsync(query, rows >= last ? 0 : last - rows, limit + 1, cancellationToken);
            if (newest.Count < limit && rows < last)
            {
                newest = await NewestAsync(query, 0, limit + 1, cancellationToken);
            }
        }

        var found = newest.Take(limit).ToList();
        var page = found.OrderBy(m => m.Rank).ThenByDescending(m => m.PostId).Skip(skip).Take(take).Select(m => m.PostId).ToList();
        return new SearchPage(page, Math.Min(newest.Count, limit));
    }

    public IQueryable<SearchMatch> Match(SearchTerms terms) => Match(terms.ToTsQuery());

    /// <summary>
    /// The newest <paramref name="limit"/> matches with a key above <paramref name="after"/>: the index's bitmap
    /// combined with the key's range, sorted ("+ 0" so the key's order does not tempt the planner to walk it). The rank
    /// is computed for the rows kept only.
    /// </summary>
    private Task<List<SearchMatch>> NewestAsync(string query, long after, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<SearchMatch>(
            $"""
            SELECT newest."Id" AS "PostId", -ts_rank(newest."SearchVector", to_tsquery('english'::regconfig, {query}))::float8 AS "Rank"
            FROM (
                SELECT p."Id", p."SearchVector" FROM "Posts" AS p
                WHERE p."SearchVector" @@ to_tsquery('english'::regconfig, {query})
                  AND p."Sequence" IS NOT NULL AND NOT p."Hidden" AND p."DeletedAt" IS NULL AND p."Id" > {after}
                ORDER BY p."Id" + 0 DESC LIMIT {limit}
            ) AS newest
            ORDER BY newest."Id" DESC
            """).ToListAsync(cancellationToken);

    private IQueryable<SearchMatch> Match(string query) =>
        db.Database.SqlQuery<SearchMatch>(
            $"""
            SELECT p."Id" AS "PostId", -ts_rank(p."SearchVector", q)::float8 AS "Rank"
            FROM "Posts" AS p, to_tsquery('english'::regconfig, {query}) AS q
            WHERE p."SearchVector" @@ q AND p."Sequence" IS NOT NULL AND NOT p."Hidden" AND p."DeletedAt" IS NULL
            """);
}
