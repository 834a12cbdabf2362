namespace CommunityChat.Web.Data;

/// <summary>
/// A chat's recap (SPEC rules 10, 24): a document in its own right, kept as written even when a quoted post is hidden
/// later. The draft is what the moderator is editing; the published copy is what readers see until the next Publish.
/// </summary>
public class Recap
{
    public int Id { get; set; }

    public int ChatId { get; set; }

    public string DraftMarkdown { get; set; } = "";

    public string? PublishedMarkdown { get; set; }

    /// <summary>Rendered once at publish time by the posts' Markdown policy.</summary>
    public string? PublishedHtml { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int UpdatedById { get; set; }

    public DateTime? PublishedAt { get; set; }
}
