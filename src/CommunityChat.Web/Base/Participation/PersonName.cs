namespace CommunityChat.Web.Base.Participation;

/// <summary>Who someone is on a page: their handle (for <c>/@handle</c>) and their display name.</summary>
public sealed record PersonName(string Handle, string DisplayName)
{
    public string ProfileUrl => "/@" + Handle;
}
