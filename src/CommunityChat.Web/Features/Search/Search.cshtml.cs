using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// /search: the search box, its filters and a page of results (SPEC rule 13). Everything is in the address (a plain
/// GET form), so a search can be shared, bookmarked and paged without script.
/// </summary>
[EnableRateLimiting(RateLimits.Searches)]
public sealed class SearchModel(SearchService search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Community { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Hashtag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Author { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>From <c>?page=</c>, read by hand: Razor Pages keeps a route value of its own named "page".</summary>
    public string? PageNumber => Request.Query["page"].FirstOrDefault();

    public SearchResultsDto? Found { get; private set; }

    public string? Problem { get; private set; }

    public int Current { get; private set; } = 1;

    public int Pages => Found is null ? 0 : Math.Min(SearchService.MaxPage, (Found.Total + SearchService.PageSize - 1) / SearchService.PageSize);

    public bool HasFilters => !string.IsNullOrWhiteSpace(Community) || !string.IsNullOrWhiteSpace(Hashtag)
        || !string.IsNullOrWhiteSpace(Author) || !string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The form sends its empty filters too; the address to share is the clean one.
        if (Request.Query.Any(p => string.IsNullOrWhiteSpace(p.Value)))
        {
            return LocalRedirect(PageUrl(int.TryParse(PageNumber, out var asked) ? asked : 1));
        }

        var request = new SearchRequest(Query, Community, Hashtag, Author, From, To, PageNumber);
        if (request.IsEmpty)
        {
            return Page();
        }

        try
        {
            Found = await search.SearchAsync(request, cancellationToken);
            Current = int.TryParse(PageNumber, out var page) ? page : 1;
        }
        catch (Refusal refusal)
        {
            Problem = refusal.Message;
        }

        return Page();
    }

    public string PageUrl(int page) => "/search" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["community"] = Community,
        ["hashtag"] = Hashtag,
        ["author"] = Author,
        ["from"] = From,
        ["to"] = To,
        ["page"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();
}
