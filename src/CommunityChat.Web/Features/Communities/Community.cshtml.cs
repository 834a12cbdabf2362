using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Communities;

public sealed class CommunityModel(CommunityService service, CommunityReader communities, ChatReader chats, PostReader posts, Permissions permissions) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    public IReadOnlyList<ChatDto> Chats { get; private set; } = [];

    /// <summary>The years that have ended chats, newest first, with their counts: the archive is read one year at a time.</summary>
    public IReadOnlyList<ArchiveYear> Years { get; private set; } = [];

    /// <summary>The archive's year on show: the one asked for, else the newest.</summary>
    public int? Year { get; private set; }

    /// <summary>The year's ended chats on show, newest first: a page of <see cref="ArchivePageSize"/>.</summary>
    public IReadOnlyList<ChatDto> Archive { get; private set; } = [];

    /// <summary>Ended chats per page of a year (a weekly chat fills one page a year).</summary>
    public const int ArchivePageSize = 60;

    /// <summary>The page of the year on show (from 1), and how many the year has.</summary>
    public int ArchivePage { get; private set; } = 1;

    public int ArchivePages { get; private set; } = 1;

    /// <summary>Public answers per archived chat on show.</summary>
    public IReadOnlyDictionary<int, int> Answers { get; private set; } = new Dictionary<int, int>();

    public bool IsModerator { get; private set; }

    public bool IsAdmin { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string ModeratorHandle { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(string community, int? year = null, [FromQuery(Name = "page")] int page = 1)
    {
        if (await communities.FindForAsync(community, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        (Community, var viewer) = found;
        IsModerator = viewer.IsModerator;
        IsAdmin = await permissions.IsAdminAsync(User.UserId());
        // Live and upcoming are few; the archive is read a year (and a page) at a time, its years counted by the database.
        Chats = await chats.ListCurrentAsync(community, IsModerator);
        Years = await chats.ArchiveYearsAsync(community);
        var shown = Years.FirstOrDefault(y => y.Year == year) ?? (Years.Count > 0 ? Years[0] : null);
        if (shown is null)
        {
            return Page();
        }

        Year = shown.Year;
        ArchivePages = Math.Max(1, (shown.Chats + ArchivePageSize - 1) / ArchivePageSize);
        ArchivePage = Math.Clamp(page, 1, ArchivePages);
        Archive = await chats.ArchiveAsync(community, shown.Year, (ArchivePage - 1) * ArchivePageSize, ArchivePageSize, IsModerator);
        Answers = await posts.AnswerCountsAsync(Archive.Select(c => c.Id).ToList());
        return Page();
    }

    /// <summary>The address of a page of the archive's year on show.</summary>
    public string ArchiveUrl(int year, int page = 1) =>
        $"/c/{Community.Slug}?year={year}" + (page > 1 ? $"&page={page}" : "") + "#archive-heading";

    public async Task<IActionResult> OnPostModeratorAsync(string community)
    {
        try
        {
            await service.NameModeratorAsync(User.UserId(), community, ModeratorHandle);
            Message = $"@{Handle.Clean(ModeratorHandle)}";
            ModeratorHandle = "";
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
        }

        return await OnGetAsync(community);
    }

    public IEnumerable<ChatDto> WithStatus(params ChatStatus[] statuses) => Chats.Where(c => statuses.Contains(c.Status));
}
