using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Communities;

public sealed class CommunityModel(CommunityService service, CommunityReader communities, ChatReader chats, Permissions permissions) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    public IReadOnlyList<ChatDto> Chats { get; private set; } = [];

    public bool IsModerator { get; private set; }

    public bool IsAdmin { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string ModeratorHandle { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(string community)
    {
        if (await communities.FindForAsync(community, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        (Community, var viewer) = found;
        IsModerator = viewer.IsModerator;
        IsAdmin = await permissions.IsAdminAsync(User.UserId());
        Chats = await chats.ListAsync(community, User.UserId());
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

    public IEnumerable<ChatDto> WithStatus(params ChatStatus[] statuses) => Chats.Where(c => statuses.Contains(c.Status));
}
