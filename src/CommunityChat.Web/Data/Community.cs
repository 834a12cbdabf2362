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

    /// <summary>Words and phrases that hold a participant's post for a moderator (SPEC rule 20, Core <c>BlockedWords</c>).</summary>
    public List<string> BlockedWords { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public List<CommunityModerator> Moderators { get; set; } = [];
}
