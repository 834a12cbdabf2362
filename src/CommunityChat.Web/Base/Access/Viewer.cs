namespace CommunityChat.Web.Base.Access;

/// <summary>
/// Who is looking at one community's chats: signed in or not, moderator or not. It decides which posts they see
/// (<see cref="Posts.PostVisibility"/>) and which questions (<see cref="Chats.ChatReader"/>).
/// </summary>
public sealed record Viewer(int? UserId, bool IsModerator)
{
    /// <summary>Anyone at all: a reader who is not signed in. Transcripts, exports, feeds and public pages see this.</summary>
    public static readonly Viewer Public = new(null, false);

    /// <summary>The server itself, reading a post to broadcast it: ChatEvents sends each group only what it may see.</summary>
    public static readonly Viewer Server = new(null, true);
}
