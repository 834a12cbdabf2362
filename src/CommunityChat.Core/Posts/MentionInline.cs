using Markdig.Syntax.Inlines;

namespace CommunityChat.Core.Posts;

/// <summary>An @handle in a post; rendered as a link to the profile.</summary>
internal sealed class MentionInline(string handle) : LeafInline
{
    public string Handle { get; } = handle;
}
