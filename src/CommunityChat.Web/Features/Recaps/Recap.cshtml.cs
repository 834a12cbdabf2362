using CommunityChat.Core.Recaps;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Recaps;

/// <summary>
/// /c/{community}/{chat}/recap: the published recap, its blog-ready HTML to copy, and the Resources list (SPEC rule 24).
/// Before it is published, moderators are told so and everyone else finds nothing.
/// </summary>
public sealed class RecapModel(ChatReader chats, TranscriptReader transcripts, AppDbContext db) : PageModel
{
    public ChatDto Chat { get; private set; } = null!;

    public bool IsModerator { get; private set; }

    public Recap? Recap { get; private set; }

    /// <summary>The fragment "Copy as HTML" copies: the published HTML with absolute links.</summary>
    public string BlogHtml { get; private set; } = "";

    public IReadOnlyList<SharedLink> Resources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string community, string chat)
    {
        if (await chats.FindBySlugAsync(community, chat, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        (Chat, var viewer) = found;

        IsModerator = viewer.IsModerator;
        Recap = await db.Recaps.AsNoTracking().FirstOrDefaultAsync(r => r.ChatId == Chat.Id && r.PublishedAt != null);
        if (Recap is null)
        {
            return IsModerator ? Page() : NotFound();
        }

        BlogHtml = RecapWriter.AbsoluteLinks(Recap.PublishedHtml!, PublicUrl.Of(HttpContext));
        Resources = SharedLinks.Collect((await transcripts.LoadAsync(Chat.Id)).Transcript);
        return Page();
    }
}
