namespace CommunityChat.Web.Data;

/// <summary>A moderator's poll in a live chat (SPEC rule 9): 2–4 options, open from <see cref="OpensAt"/> until <see cref="ClosesAt"/>.</summary>
public class Poll
{
    public long Id { get; set; }

    public int ChatId { get; set; }

    public string Question { get; set; } = "";

    /// <summary>The options in order; a vote names one by its 0-based index.</summary>
    public List<string> Options { get; set; } = [];

    public DateTime OpensAt { get; set; }

    public DateTime ClosesAt { get; set; }

    public int CreatedById { get; set; }

    /// <summary>Set once the room has been told the poll closed (PollClosing), so it is told once.</summary>
    public bool CloseAnnounced { get; set; }
}
