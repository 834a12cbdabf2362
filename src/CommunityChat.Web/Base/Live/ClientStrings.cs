using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// The strings the room's scripts show, localised on the server and handed to the page as JSON, so the scripts
/// speak the page's language. A test checks that every key wwwroot/js asks for is listed here.
/// </summary>
public static class ClientStrings
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "@{0} can't post for {1} minutes.",
        "@{0} is banned until you lift it.",
        "Ban @{0}",
        "1 character left",
        "1 character over the limit",
        "1 like",
        "1 new post",
        "1 person here",
        "@{0} muted",
        "@{0} unmuted",
        "Announcements off",
        "Announcements on",
        "Ask Q{0}",
        "Asked",
        "Comment (no label)",
        "Connected",
        "Connecting…",
        "Draft",
        "Draft: not on the community page yet.",
        "Ended",
        "Ended. The transcript is public.",
        "Every question has been asked.",
        "Guest",
        "Hidden",
        "Hide",
        "Highlight",
        "Host",
        "Invite link copied.",
        "Like",
        "Live",
        "Live. Questions are posted when you ask them.",
        "Locked: only guests and moderators post",
        "Moderator",
        "Mute @{0}",
        "Next: Q{0}",
        "Offline, retrying…",
        "Participant",
        "Post",
        "Reconnecting… your draft is kept",
        "Not saved yet.",
        "Published {0}; the editor has changes since.",
        "Published {0}.",
        "Saved {0}, not published.",
        "Unsaved changes.",
        "hidden: {0}",
        "Pause",
        "Reply",
        "Resume",
        "Replying to @{0}",
        "Replying to an earlier post",
        "Scheduled",
        "Scheduled. Start the chat when you're ready.",
        "Sign in to like",
        "Slow mode: one post every {0} seconds",
        "Something went wrong. Check your connection and try again.",
        "The chat is locked: only guests and moderators can post right now.",
        "This chat has ended; its transcript is read-only.",
        "This chat hasn't started yet.",
        "Unhide",
        "Unmute @{0}",
        "Write something before sending.",
        "minute {0}",
        "{0} asked: {1}",
        "{0} characters left",
        "{0} characters over the limit",
        "{0} from {1}: {2}",
        "{0} likes",
        "{0} new posts",
        "{0} people here",
    ];

    public static Dictionary<string, string> For(IStringLocalizer localizer) =>
        Keys.ToDictionary(key => key, key => localizer[key].Value);
}
