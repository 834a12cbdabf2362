using CommunityChat.Core.Search;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// The one thing each database's full-text engine does for search (SPEC rule 13): the posts whose text holds every
/// word, with a rank (lower is better). Filters, visibility, paging and snippets are the same for both engines
/// (<see cref="SearchService"/>); the engines' schema is <see cref="Data.SearchSchema"/>.
/// </summary>
public interface ISearchIndex
{
    IQueryable<SearchMatch> Match(SearchTerms terms);
}

/// <summary>A post an engine found and how well it matched (lower ranks first).</summary>
public sealed class SearchMatch
{
    public long PostId { get; set; }

    public double Rank { get; set; }
}
