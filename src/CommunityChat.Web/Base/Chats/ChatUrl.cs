using CommunityChat.Web.Base.Communities;

namespace CommunityChat.Web.Base.Chats;

/// <summary>Where a chat lives: <c>/c/{community}/{chat}</c>, its live room and then its transcript (SPEC section 4).</summary>
public static class ChatUrl
{
    public static string For(string communitySlug, string chatSlug) => $"{CommunityReader.Url(communitySlug)}/{chatSlug}";

    /// <summary>The chat's published recap (SPEC rule 24).</summary>
    public static string Recap(string chatUrl) => chatUrl + "/recap";

    /// <summary>A post's permalink in its chat's page.</summary>
    public static string Post(string chatUrl, long postId) => $"{chatUrl}#post-{postId}";
}
