namespace CommunityChat.Web.Features.Search;

/// <summary>
/// <c>GET /api/search?q=&amp;community=&amp;hashtag=&amp;author=&amp;from=&amp;to=&amp;page=</c> and the /search page's
/// address: everything as typed, checked by <see cref="SearchService"/> so a bad date or page gets a sentence.
/// </summary>
public sealed record SearchRequest(string? Q, string? Community, string? Hashtag, string? Author, string? From, string? To, string? Page)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Q);
}
