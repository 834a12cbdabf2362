namespace CommunityChat.Web.Data;

/// <summary>A post's text before an edit (SPEC rule 28): moderators can see what a post said before its author changed it.</summary>
public class PostRevision
{
    public long Id { get; set; }

    public long PostId { get; set; }

    /// <summary>The Markdown source as it was until <see cref="ReplacedAt"/>.</summary>
    public string Text { get; set; } = "";

    public DateTime ReplacedAt { get; set; }

    /// <summary>Who made the edit that replaced this text: the author, or a moderator correcting a question.</summary>
    public int EditedById { get; set; }
}
