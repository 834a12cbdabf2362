using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Participation;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Moderation;

/// <summary>/c/{community}/{chat}/moderate: the console for running a chat live. Moderators only.</summary>
[Authorize]
public sealed class ModerateModel(ChatReader chats, PostReader posts, Newcomers newcomers) : PageModel
{
    public ChatDto Chat { get; private set; } = null!;

    public IReadOnlyList<PostDto> Posts { get; private set; } = [];

    /// <summary>The chat's newcomers so far, in arrival order: the "Welcome them" list (rule 32).</summary>
    public IReadOnlyList<PersonName> Welcome { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string community, string chat)
    {
        if (await chats.FindBySlugAsync(community, chat, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        (Chat, var viewer) = found;

        if (!viewer.IsModerator)
        {
            return Forbid();
        }

        Posts = await posts.NewestAsync(Chat.Id, PostReader.FirstView, viewer);
        Welcome = await newcomers.OfChatAsync(Chat.Id, HttpContext.RequestAborted);
        return Page();
    }
}
