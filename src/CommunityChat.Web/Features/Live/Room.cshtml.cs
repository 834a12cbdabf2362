using CommunityChat.Core.Transcripts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Polls;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Live;

/// <summary>/c/{community}/{chat}: the live room while the chat runs, the transcript once it has ended (SPEC rule 1).</summary>
public sealed class RoomModel(ChatReader chats, PostReader posts, TranscriptReader transcripts, CommunityReader communities, PollReader polls, CodeOfConduct conduct) : PageModel
{
    public ChatDto Chat { get; private set; } = null!;

    public bool IsModerator { get; private set; }

    public IReadOnlyList<PostDto> Posts { get; private set; } = [];

    public TranscriptDocument? Transcript { get; private set; }

    public TranscriptView View { get; private set; }

    /// <summary>
    /// The question shown whole in the transcript (<c>?q=3</c>; 0 is the conversation): the first view shows each
    /// question's guest answers and its first answers only, with "Show all N answers" linking here.
    /// </summary>
    public int? Open { get; private set; }

    /// <summary>The chat's polls with their final results, shown with the transcript (rule 9: closed, so public).</summary>
    public IReadOnlyList<PollDto> Polls { get; private set; } = [];

    /// <summary>
    /// The community's code of conduct while this participant has yet to agree to it (SPEC rule 26): shown above the
    /// composer with "I agree". Null for readers, for hosts, guests and moderators, and once agreed.
    /// </summary>
    public string? Agreement { get; private set; }

    /// <summary>The community's time zone, for the calm state before the start (SPEC rule 30).</summary>
    public string TimeZone { get; private set; } = "UTC";

    public async Task<IActionResult> OnGetAsync(string community, string chat, string? view, int? q)
    {
        if (await chats.FindBySlugAsync(community, chat, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        (Chat, var viewer) = found;

        IsModerator = viewer.IsModerator;
        if (Chat.Status == ChatStatus.Ended)
        {
            View = view?.ToLowerInvariant() switch
            {
                "guest" => TranscriptView.Guest,
                "highlights" => TranscriptView.Highlights,
                _ => TranscriptView.All,
            };
            Transcript = await transcripts.LoadAsync(Chat.Id, View);
            Open = q is >= 0 ? q : null;
            Polls = await polls.ForChatAsync(Chat.Id, Viewer.Public);
        }
        else
        {
            Posts = await posts.NewestAsync(Chat.Id, PostReader.FirstView, viewer);
            var guest = Chat.Guests.Any(g => string.Equals(g.Handle, User.Identity?.Name, StringComparison.OrdinalIgnoreCase));
            if (viewer.UserId is { } userId && !viewer.IsModerator && !guest)
            {
                Agreement = await conduct.MustAgreeAsync(Chat.CommunitySlug, userId);
            }
            if (Chat.Status is ChatStatus.Scheduled or ChatStatus.Draft)
            {
                TimeZone = (await communities.GetAsync(Chat.CommunitySlug)).TimeZone;
            }
        }

        return Page();
    }

    /// <summary>"I agree" without script: records the agreement and shows the room again, composer first.</summary>
    public async Task<IActionResult> OnPostAgreeAsync(string community, string chat)
    {
        await conduct.AgreeAsync(community, User.UserId());
        return Redirect(ChatUrl.For(community, chat) + "#composer");
    }
}
