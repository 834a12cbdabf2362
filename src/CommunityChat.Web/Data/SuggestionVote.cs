namespace CommunityChat.Web.Data;

/// <summary>One account's upvote of a suggestion. The key (SuggestionId, UserId) is how the database refuses a second one.</summary>
public class SuggestionVote
{
    public long SuggestionId { get; set; }

    public int UserId { get; set; }

    public DateTime VotedAt { get; set; }
}
