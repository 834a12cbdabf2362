using CommunityChat.Core.Search;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// What each database's full-text engine does for search (SPEC rule 13), over its index of the posts the public sees
/// (<see cref="Data.SearchSchema"/>). A search without filters is answered by the index alone: how many posts hold
/// every word, and the best-ranked among the newest of them. A search with filters joins the posts
/// (<see cref="SearchService"/>) to every match with its rank. Ranks: lower first.
/// </summary>
public interface ISearchIndex
{
    Task<int> CountAsync(SearchTerms terms, CancellationToken cancellationToken);

    /// <summary>A page of the newest <paramref name="window"/> matches, best-ranked first (newest first among equals).</summary>
    Task<List<long>> TopAsync(SearchTerms terms, int window, int skip, int take, CancellationToken cancellationToken);

    IQueryable<SearchMatch> Match(SearchTerms terms);
}

/// <summary>A post an engine found and how well it matched (lower ranks first).</summary>
public sealed class SearchMatch
{
    public long PostId { get; set; }

    public double Rank { get; set; }
}
