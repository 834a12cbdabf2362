using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Chats;
using CommunityChat.Web.Features.Communities;
using CommunityChat.Web.Features.Live;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Archive;

/// <summary>
/// /tags/{tag}: the chats that carry a hashtag and the latest visible posts that mention it (SPEC rule 14, first form:
/// a text match; a proper index comes with search).
/// </summary>
public sealed class TagModel(AppDbContext db, ChatQueries chats) : PageModel
{
    public const int MaxPosts = 50;

    public string Tag { get; private set; } = "";

    public IReadOnlyList<ChatDto> Chats { get; private set; } = [];

    public IReadOnlyList<(PostDto Post, string ChatTitle, string ChatUrl)> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string tag)
    {
        Tag = HashtagName.Clean(tag);
        if (!HashtagName.IsValid(Tag))
        {
            return NotFound();
        }

        var lower = Tag.ToLowerInvariant();
        Chats = (await chats.ListByHashtagAsync(lower)).ToList();
        var mention = "#" + lower;
        var found = await db.Posts.AsNoTracking()
            .Where(p => !p.Hidden && p.Text.ToLower().Contains(mention))
            .Join(db.Chats.Where(c => c.Status != ChatStatus.Draft), p => p.ChatId, c => c.Id, (p, c) => new { p.Id, c.Title, c.Slug, Community = c.Community.Slug })
            .OrderByDescending(x => x.Id)
            .Take(MaxPosts)
            .ToListAsync();
        var ids = found.Select(x => x.Id).ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(PostDto.Projection).ToDictionaryAsync(p => p.Id);
        Posts = found.Select(x => (posts[x.Id], x.Title, $"/c/{x.Community}/{x.Slug}")).ToList();
        return Page();
    }
}
