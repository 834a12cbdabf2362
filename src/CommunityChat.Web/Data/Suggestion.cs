using CommunityChat.Core.Posts;

namespace CommunityChat.Web.Data;

/// <summary>
/// A participant's suggested question for the guest during a live chat (SPEC rule 22). <see cref="Votes"/> counts the
/// <see cref="SuggestionVote"/> rows and is kept with them in one transaction; <see cref="QuestionNumber"/> is set once
/// a moderator asks it.
/// </summary>
public class Suggestion
{
    public long Id { get; set; }

    public int ChatId { get; set; }

    public int AuthorId { get; set; }

    public User Author { get; set; } = null!;

    /// <summary>How the author is shown (host, guest, moderator or participant), as a post of theirs would be.</summary>
    public AuthorRole AuthorRole { get; set; }

    public string Text { get; set; } = "";

    public int Votes { get; set; }

    public SuggestionStatus Status { get; set; }

    public int? QuestionNumber { get; set; }

    public DateTime CreatedAt { get; set; }

    public int? HandledById { get; set; }

    public DateTime? HandledAt { get; set; }
}
