using CommunityChat.Core.Posts;

namespace CommunityChat.Web.Data;

public class Post
{
    public long Id { get; set; }

    public int ChatId { get; set; }

    /// <summary>The post's place in the chat (SPEC rule 6); null while it is held for a moderator or after it was rejected (rule 20).</summary>
    public long? Sequence { get; set; }

    public PostKind Kind { get; set; }

    /// <summary>"Q3", "A1", "A1b"; null for replies and comments.</summary>
    public string? Label { get; set; }

    public int? QuestionNumber { get; set; }

    /// <summary>The answer's letter ("b" in A1b), or null.</summary>
    public string? Part { get; set; }

    public long? ReplyToId { get; set; }

    public int AuthorId { get; set; }

    public User Author { get; set; } = null!;

    /// <summary>The author's role in the chat when they posted.</summary>
    public AuthorRole AuthorRole { get; set; }

    /// <summary>The Markdown source, without the label.</summary>
    public string Text { get; set; } = "";

    /// <summary>Rendered once at write time by the Markdown policy; the only HTML of a post a page ever shows.</summary>
    public string Html { get; set; } = "";

    /// <summary>
    /// The text as the full-text engines index it (Core's <c>SearchText</c>), set from <see cref="Text"/> whenever it
    /// is saved (<see cref="PostIndexing"/>). Null only for posts written before search existed, until the app fills it.
    /// </summary>
    public string? SearchText { get; set; }

    /// <summary>The #tags the text carries (rule 14), kept with <see cref="SearchText"/>.</summary>
    public List<PostTag> Tags { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public int Likes { get; set; }

    public bool Highlighted { get; set; }

    public bool Hidden { get; set; }

    public string? HiddenReason { get; set; }

    /// <summary>When its author last changed the text (SPEC rule 28), or when a moderator corrected an asked question (rule 27).</summary>
    public DateTime? EditedAt { get; set; }

    /// <summary>Waiting for a moderator to approve it (rule 20): committed, but with no sequence and seen only by its author and moderators.</summary>
    public bool Held { get; set; }

    /// <summary>Why it was held: the blocked word or phrase it contains, as the community wrote it; null when the chat approves every post.</summary>
    public string? HeldFor { get; set; }

    /// <summary>When a moderator rejected it while held (rule 20); it then stays out of everything public for good.</summary>
    public DateTime? RejectedAt { get; set; }

    /// <summary>What the moderator told its author when rejecting it.</summary>
    public string? RejectedReason { get; set; }

    /// <summary>
    /// Its author was new to the community when they first posted in this chat (rule 32: the "First chat" badge). Decided
    /// once per person per chat, at their first post, and copied onto their later posts there (<c>Newcomers</c>).
    /// </summary>
    public bool ByNewcomer { get; set; }

    /// <summary>When its author withdrew it (rule 28). A deleted post is gone from every view, its author's included.</summary>
    public DateTime? DeletedAt { get; set; }
}
