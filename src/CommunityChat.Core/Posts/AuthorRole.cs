namespace CommunityChat.Core.Posts;

/// <summary>The author's role in one chat; guests' answers are shown first.</summary>
public enum AuthorRole
{
    Host,
    Guest,
    Moderator,
    Participant,
}
