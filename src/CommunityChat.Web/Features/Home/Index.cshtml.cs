using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Home;

public sealed class IndexModel(ChatReader chats, CommunityReader communities, Permissions permissions) : PageModel
{
    public IReadOnlyList<ChatDto> Live { get; private set; } = [];

    public IReadOnlyList<ChatDto> Upcoming { get; private set; } = [];

    public IReadOnlyList<ChatDto> Recent { get; private set; } = [];

    public IReadOnlyList<CommunityDto> Communities { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public async Task OnGetAsync()
    {
        Live = await chats.ListByStatusAsync(ChatStatus.Live, 20);
        Upcoming = await chats.ListByStatusAsync(ChatStatus.Scheduled, 10);
        Recent = await chats.ListByStatusAsync(ChatStatus.Ended, 10);
        Communities = await communities.ListAsync();
        IsAdmin = await permissions.IsAdminAsync(User.UserId());
    }
}
