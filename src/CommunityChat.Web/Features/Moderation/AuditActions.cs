using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Moderation;

/// <summary>
/// The audit log's action codes (what <c>GET /api/communities/{slug}/audit</c> returns) as the audit page says them.
/// A code without a sentence here is shown as it is.
/// </summary>
public static class AuditActions
{
    public static string Describe(string action, IStringLocalizer t) => action switch
    {
        "chat.planned" => t["Planned a chat"],
        "chat.deleted" => t["Deleted a chat"],
        "chat.imported" => t["Imported a chat"],
        "chat.started" => t["Started the chat"],
        "chat.ended" => t["Ended the chat"],
        "chat.locked" => t["Locked the chat"],
        "chat.unlocked" => t["Unlocked the chat"],
        "chat.slowmode" => t["Changed slow mode"],
        "chat.autopilot.on" => t["Turned autopilot on"],
        "chat.autopilot.off" => t["Turned autopilot off"],
        "chat.plan.changed" => t["Changed a plan"],
        "chat.premoderation.on" => t["Turned on approval before publishing"],
        "chat.premoderation.off" => t["Turned off approval before publishing"],
        "question.asked" => t["Asked a question"],
        "question.corrected" => t["Corrected a question"],
        "post.hidden" => t["Hid a post"],
        "post.unhidden" => t["Unhid a post"],
        "post.highlighted" => t["Highlighted a post"],
        "post.unhighlighted" => t["Removed a highlight"],
        "post.approved" => t["Approved a held post"],
        "post.rejected" => t["Rejected a held post"],
        "post.moved" => t["Moved an answer"],
        "user.banned" => t["Banned someone"],
        "user.unbanned" => t["Lifted a ban"],
        "moderator.named" => t["Named a moderator"],
        "moderator.removed" => t["Removed a moderator"],
        "community.settings" => t["Changed the community's settings"],
        "recap.published" => t["Published a recap"],
        "poll.opened" => t["Opened a poll"],
        "suggestion.asked" => t["Asked an audience question"],
        "suggestion.dismissed" => t["Dismissed an audience question"],
        "report.dismissed" => t["Dismissed a report"],
        "report.hidden" => t["Hid a reported post"],
        "profile.claimed" => t["Confirmed a profile claim"],
        "profile.claim.declined" => t["Declined a profile claim"],
        _ => action,
    };
}
