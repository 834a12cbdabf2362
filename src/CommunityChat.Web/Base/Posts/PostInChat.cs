using CommunityChat.Web.Base.Chats;

namespace CommunityChat.Web.Base.Posts;

/// <summary>A post shown away from its chat (a profile, a hashtag page), with the chat's title and a permalink.</summary>
public sealed record PostInChat(PostDto Post, string ChatTitle, string ChatUrl)
{
    public string Permalink => Chats.ChatUrl.Post(ChatUrl, Post.Id);
}
