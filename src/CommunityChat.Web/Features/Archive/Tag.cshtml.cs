using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Posts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Archive;

/// <summary>
/// /tags/{tag}: the chats that carry a hashtag and the public posts that carry it as a whole tag, newest first, a page
/// at a time (SPEC rule 14). Posts are found through the index of tags (<c>PostTags</c>), kept with each post's text.
/// </summary>
public sealed class TagModel(ChatReader chats, PostReader posts) : PageModel
{
    public const int PostsPerPage = 50;

    public const int MaxPage = 100;

    public string Tag { get; private set; } = "";

    public IReadOnlyList<ChatDto> Chats { get; private set; } = [];

    public IReadOnlyList<PostInChat> Posts { get; private set; } = [];

    /// <summary>From <c>?page=</c>, read by hand: Razor Pages keeps a route value of its own named "page".</summary>
    public int PageNumber { get; private set; } = 1;

    public bool HasOlder { get; private set; }

    public async Task<IActionResult> OnGetAsync(string tag)
    {
        Tag = HashtagName.Clean(tag);
        PageNumber = Request.Query.ContainsKey("page") ? (int.TryParse(Request.Query["page"], out var number) ? number : 0) : 1;
        if (!HashtagName.IsValid(Tag) || PageNumber is < 1 or > MaxPage)
        {
            return NotFound();
        }

        var lower = Tag.ToLowerInvariant();
        Chats = PageNumber == 1 ? await chats.ListByHashtagAsync(lower) : [];
        var page = await posts.LatestAsync(p => p.Tags.Any(t => t.Tag == lower), PostsPerPage + 1, (PageNumber - 1) * PostsPerPage);
        HasOlder = page.Count > PostsPerPage;
        Posts = page.Take(PostsPerPage).ToList();
        return Page();
    }

    public string PageUrl(int page) => $"/tags/{Uri.EscapeDataString(Tag)}" + (page == 1 ? "" : $"?page={page}");
}
