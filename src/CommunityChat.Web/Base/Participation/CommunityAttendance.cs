namespace CommunityChat.Web.Base.Participation;

/// <summary>How many of a community's chats one person took part in (SPEC rule 32, on their profile).</summary>
public sealed record CommunityAttendance(string CommunitySlug, string CommunityName, int Chats)
{
    public string PeopleUrl => $"/c/{CommunitySlug}/people";
}
