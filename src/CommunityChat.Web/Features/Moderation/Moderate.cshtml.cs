using CommunityChat.Web.Features.Chats;
using CommunityChat.Web.Features.Live;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Moderation;

/// <summary>/c/{community}/{chat}/moderate: the console for running a chat live. Moderators only.</summary>
[Authorize]
public sealed class ModerateModel(ChatQueries chats, RoomSnapshot snapshot) : PageModel
{
    public ChatDto Chat { get; private set; } = null!;

    public IReadOnlyList<PostDto> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string community, string chat)
    {
        try
        {
            Chat = await chats.GetBySlugAsync(community, chat, User.UserId());
        }
        catch (Refusal)
        {
            return NotFound();
        }

        if (!await snapshot.IsModeratorAsync(Chat.Id, User.UserId()))
        {
            return Forbid();
        }

        Posts = await snapshot.PostsAfterAsync(Chat.Id, 0, RoomSnapshot.MaxPostsPerRead, moderator: true);
        return Page();
    }
}
