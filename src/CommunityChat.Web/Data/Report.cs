namespace CommunityChat.Web.Data;

/// <summary>A participant's report of a post: it lands in the community's moderation queue (SPEC rule 8).</summary>
public class Report
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public int ReporterId { get; set; }

    public string Reason { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public ReportStatus Status { get; set; }

    public int? HandledById { get; set; }

    public DateTime? HandledAt { get; set; }
}
