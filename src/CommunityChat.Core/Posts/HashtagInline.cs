using Markdig.Syntax.Inlines;

namespace CommunityChat.Core.Posts;

/// <summary>A #hashtag in a post, kept as written; its page is addressed by the lowercased tag.</summary>
internal sealed class HashtagInline(string tag) : LeafInline
{
    public string Tag { get; } = tag;
}
