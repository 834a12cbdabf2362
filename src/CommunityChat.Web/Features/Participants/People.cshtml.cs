using CommunityChat.Core.People;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Participants;

/// <summary>
/// /c/{community}/people (SPEC rule 32), for everyone: the regulars, the last chat's newcomers, a chart of the last
/// chats' participants and returning rate (with its table), and everyone, a hundred a page, by count or first chat.
/// </summary>
public sealed class PeopleModel(CommunityReader communities, PeopleService people) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    public PeopleReport Report { get; private set; } = null!;

    public PeopleSort Sort { get; private set; }

    public async Task<IActionResult> OnGetAsync(string community, [FromQuery(Name = "page")] int page = 1, [FromQuery(Name = "sort")] string? sort = null)
    {
        try
        {
            Community = await communities.GetAsync(community);
            Sort = sort == "first" ? PeopleSort.FirstChat : PeopleSort.Chats;
            Report = await people.ReadAsync(community, Math.Max(1, page), Sort, HttpContext.RequestAborted);
            if (Report.Page > Report.Pages)
            {
                Report = await people.ReadAsync(community, Report.Pages, Sort, HttpContext.RequestAborted); // past the last: the last
            }

            return Page();
        }
        catch (Refusal refusal) when (refusal.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
    }

    /// <summary>The address of a page of everyone in an order (the defaults leave their parameter out).</summary>
    public string PageUrl(int page, PeopleSort sort) =>
        $"/c/{Community.Slug}/people" + (sort == PeopleSort.FirstChat ? "?sort=first" : "") +
        (page > 1 ? (sort == PeopleSort.FirstChat ? "&" : "?") + $"page={page}" : "") + "#everyone-heading";
}
