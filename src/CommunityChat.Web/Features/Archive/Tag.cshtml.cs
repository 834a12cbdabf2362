using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Posts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Archive;

/// <summary>
/// /tags/{tag}: the chats that carry a hashtag and the latest public posts that mention it as a whole tag (SPEC rule
/// 14, first form: the database narrows by text, Core's tag rule decides; an index of tags comes with search).
/// </summary>
public sealed class TagModel(ChatReader chats, PostReader posts) : PageModel
{
    public const int MaxPosts = 50;

    public string Tag { get; private set; } = "";

    public IReadOnlyList<ChatDto> Chats { get; private set; } = [];

    public IReadOnlyList<PostInChat> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string tag)
    {
        Tag = HashtagName.Clean(tag);
        if (!HashtagName.IsValid(Tag))
        {
            return NotFound();
        }

        var lower = Tag.ToLowerInvariant();
        Chats = await chats.ListByHashtagAsync(lower);
        var mention = "#" + lower;
        Posts = await posts.LatestAsync(p => p.Text.ToLower().Contains(mention), MaxPosts, p => PostText.MentionsHashtag(p.Text, Tag));
        return Page();
    }
}
