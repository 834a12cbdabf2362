using CommunityChat.Core.Search;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// What each database's full-text engine does for search (SPEC rule 13), over its index of the posts the public sees
/// (<see cref="Data.SearchSchema"/>). A search without filters is answered by the index alone
/// (<see cref="FindAsync"/>); a search with filters joins the posts (<see cref="SearchService"/>) to every match with its
/// rank (<see cref="Match"/>). Ranks: lower first.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// A page of the newest <see cref="SearchService.MaxResults"/> posts that hold every word, best-ranked first (newest
    /// first among equals), and how many posts hold them, counted up to <see cref="SearchService.MaxResults"/>.
    /// </summary>
    Task<SearchPage> FindAsync(SearchTerms terms, int skip, int take, CancellationToken cancellationToken);

    IQueryable<SearchMatch> Match(SearchTerms terms);
}

public sealed record SearchPage(IReadOnlyList<long> PostIds, int Total);

/// <summary>A post an engine found and how well it matched (lower ranks first).</summary>
public sealed class SearchMatch
{
    public long PostId { get; set; }

    public double Rank { get; set; }
}
