using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Features.Moderation;
using Microsoft.AspNetCore.Mvc;

namespace CommunityChat.Web.Base.Live;

/// <summary>Moderating the room: hide, highlight, ban (SPEC rule 8), approve and reject held posts (rule 20). Moderators only.</summary>
public sealed partial class ChatHub
{
    public Task<PostDto> Hide(long postId, string? reason, [FromServices] ModerationService moderation) =>
        moderation.HideAsync(postId, UserId, reason);

    public Task<PostDto> Unhide(long postId, [FromServices] ModerationService moderation) => moderation.UnhideAsync(postId, UserId);

    public Task<PostDto> Highlight(long postId, bool on, [FromServices] ModerationService moderation) =>
        moderation.HighlightAsync(postId, UserId, on);

    /// <summary>Publishes a held post (rule 20).</summary>
    public Task<PostDto> Approve(long postId, [FromServices] HeldPostsService held) => held.ApproveAsync(postId, UserId, Context.ConnectionAborted);

    /// <summary>Keeps a held post out of the room; its author is told the reason (rule 20).</summary>
    public Task<PostDto> Reject(long postId, string? reason, [FromServices] HeldPostsService held) =>
        held.RejectAsync(postId, UserId, reason, Context.ConnectionAborted);

    /// <summary>Files a post under another asked question with its author's next free letter (rule 21).</summary>
    public Task<PostDto> Move(long postId, int questionNumber, [FromServices] MoveService moves) =>
        moves.MoveAsync(postId, UserId, questionNumber, Context.ConnectionAborted);

    /// <summary>The contract's form (SPEC section 4): a ban without a reason.</summary>
    public Task Ban(string community, string handle, int? minutes, [FromServices] ModerationService moderation) =>
        moderation.BanAsync(community, handle, UserId, new BanRequest(null, minutes));

    /// <summary>The console's form: the same ban with everything the ban dialog asks (the API's PUT body).</summary>
    public Task BanPerson(string community, string handle, BanRequest ban, [FromServices] ModerationService moderation) =>
        moderation.BanAsync(community, handle, UserId, ban);
}
