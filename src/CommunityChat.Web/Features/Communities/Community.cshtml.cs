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

    /// <summary>The years that have ended chats, newest first: the archive is read one year at a time.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The archive's year on show: the one asked for, else the newest.</summary>
    public int? Year { get; private set; }

    /// <summary>The year's ended chats, newest first.</summary>
    public IReadOnlyList<ChatDto> Archive { get; private set; } = [];

    /// <summary>Public answers per archived chat on show.</summary>
    public IReadOnlyDictionary<int, int> Answers { get; private set; } = new Dictionary<int, int>();

    public bool IsModerator { get; private set; }

    public bool IsAdmin { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string ModeratorHandle { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(string community, int? year = null)
    {
        if (await communities.FindForAsync(community, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        (Community, var viewer) = found;
        IsModerator = viewer.IsModerator;
        IsAdmin = await permissions.IsAdminAsync(User.UserId());
        Chats = await chats.ListAsync(community, User.UserId());
        var ended = WithStatus(ChatStatus.Ended).ToList();
        Years = ended.Select(ArchiveYear).Distinct().OrderDescending().ToList();
        Year = year is { } asked && Years.Contains(asked) ? asked : Years.Count > 0 ? Years[0] : null;
        Archive = ended.Where(c => ArchiveYear(c) == Year).OrderByDescending(c => c.StartedAt ?? c.ScheduledStart).ToList();
        Answers = await posts.AnswerCountsAsync(Archive.Select(c => c.Id).ToList());
        return Page();
    }

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

    /// <summary>A chat belongs to the year it took place (UTC).</summary>
    public static int ArchiveYear(ChatDto chat) => (chat.StartedAt ?? chat.ScheduledStart).Year;

    public IEnumerable<ChatDto> WithStatus(params ChatStatus[] statuses) => Chats.Where(c => statuses.Contains(c.Status));
}
