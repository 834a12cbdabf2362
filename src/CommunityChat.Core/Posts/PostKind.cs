namespace CommunityChat.Core.Posts;

/// <summary>What a post is in the chat's structure; decides where it lands in the transcript.</summary>
public enum PostKind
{
    Question,
    Answer,
    Reply,
    Comment,
}
