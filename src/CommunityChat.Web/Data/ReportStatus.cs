namespace CommunityChat.Web.Data;

/// <summary>Where a report stands in the moderation queue (SPEC rule 8).</summary>
public enum ReportStatus
{
    Open,
    Hidden,
    Dismissed,
}
