namespace CommunityChat.Web.Data;

/// <summary>One moderator action (SPEC rule 8).</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public int CommunityId { get; set; }

    public int? ChatId { get; set; }

    public int ActorId { get; set; }

    public string Action { get; set; } = "";

    public string? Target { get; set; }

    public string? Detail { get; set; }

    public DateTime At { get; set; }
}
