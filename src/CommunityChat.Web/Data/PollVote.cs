namespace CommunityChat.Web.Data;

/// <summary>One account's vote in a poll. The key (PollId, UserId) is how the database refuses a second vote.</summary>
public class PollVote
{
    public long PollId { get; set; }

    public int UserId { get; set; }

    public int Option { get; set; }

    public DateTime VotedAt { get; set; }
}
