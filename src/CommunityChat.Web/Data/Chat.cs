namespace CommunityChat.Web.Data;

public class Chat
{
    public int Id { get; set; }

    public int CommunityId { get; set; }

    public Community Community { get; set; } = null!;

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Topic { get; set; } = "";

    public string Format { get; set; } = "";

    /// <summary>Without the leading '#'.</summary>
    public string Hashtag { get; set; } = "";

    public ChatStatus Status { get; set; }

    public DateTime ScheduledStart { get; set; }

    public int DurationMinutes { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public bool Autopilot { get; set; }

    public int SlowModeSeconds { get; set; }

    public bool Locked { get; set; }

    /// <summary>Approve before publish (rule 20): participants' posts wait for a moderator.</summary>
    public bool Premoderation { get; set; }

    /// <summary>The per-chat counter behind the gapless post sequence (SPEC rule 6).</summary>
    public long LastSequence { get; set; }

    /// <summary>The moderator who planned the chat; their posts are labelled "host".</summary>
    public int HostId { get; set; }

    public User Host { get; set; } = null!;

    public DateTime CreatedAt { get; set; }

    /// <summary>For an imported chat, the fingerprint of the record it came from, so the same record is not imported twice.</summary>
    public string? ImportFingerprint { get; set; }

    /// <summary>When its recap was last published (the recap itself is a <see cref="Recap"/>); null while there is none.</summary>
    public DateTime? RecapPublishedAt { get; set; }

    /// <summary>
    /// Counts changes to the plan (rule 27). It is the chat's concurrency token: a save made from an older version is
    /// refused instead of silently overwriting a co-moderator's change.
    /// </summary>
    public int PlanVersion { get; set; }

    public List<ChatGuest> Guests { get; set; } = [];

    public List<Question> Questions { get; set; } = [];
}
