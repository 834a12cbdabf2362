namespace CommunityChat.Web.Data;

public class Community
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Without the leading '#'.</summary>
    public string Hashtag { get; set; } = "";

    public string Description { get; set; } = "";

    public string CodeOfConduct { get; set; } = "";

    /// <summary>An IANA time zone id, shown on schedules.</summary>
    public string TimeZone { get; set; } = "UTC";

    public int MaxPostLength { get; set; } = 280;

    /// <summary>Words the community refuses in posts (stored here; premoderation enforces them, SPEC rule 20).</summary>
    public List<string> BlockedWords { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public List<CommunityModerator> Moderators { get; set; } = [];
}
