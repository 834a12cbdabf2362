using System.Text.RegularExpressions;

namespace CommunityChat.Web.Base.Communities;

/// <summary>A chat's or community's hashtag, stored without '#'.</summary>
public static partial class HashtagName
{
    public static string Clean(string? hashtag) => (hashtag ?? "").Trim().TrimStart('#');

    public static bool IsValid(string hashtag) => Pattern().IsMatch(hashtag);

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}_]{0,49}$")]
    private static partial Regex Pattern();
}
