namespace CommunityChat.Web.Base.Communities;

public sealed record CommunityDto(
    string Slug,
    string Name,
    string Hashtag,
    string Description,
    string CodeOfConduct,
    string TimeZone,
    int MaxPostLength,
    string Url,
    IReadOnlyList<string> Moderators);
