using System.Linq.Expressions;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Data;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// A post as the API and the hub show it (SPEC section 4). <see cref="HiddenReason"/> is only ever set on a hidden post,
/// which only moderators and the post's author see (<see cref="PostVisibility"/>). <see cref="Sequence"/> is null while
/// the post is <see cref="Held"/> for a moderator and after it was <see cref="Rejected"/> (rule 20), which only the
/// author and moderators ever see; <see cref="RejectedReason"/> is what the moderator told the author, and
/// <see cref="HeldFor"/> the blocked word that held it (null when the chat approves every post).
/// </summary>
public sealed record PostDto(
    long Id,
    int ChatId,
    long? Sequence,
    PostKind Kind,
    string? Label,
    int? QuestionNumber,
    string? Part,
    long? ReplyToId,
    AuthorDto Author,
    string Text,
    string Html,
    DateTime CreatedAt,
    int Likes,
    bool Highlighted,
    bool Hidden,
    DateTime? EditedAt,
    string? HiddenReason,
    bool Held,
    bool Rejected,
    string? RejectedReason,
    string? HeldFor = null)
{
    /// <summary>The one projection from the table, so every read shows a post the same way.</summary>
    public static readonly Expression<Func<Post, PostDto>> Projection = p => new PostDto(
        p.Id,
        p.ChatId,
        p.Sequence,
        p.Kind,
        p.Label,
        p.QuestionNumber,
        p.Part,
        p.ReplyToId,
        new AuthorDto(p.Author.UserName!, p.Author.DisplayName, p.AuthorRole, p.ByNewcomer),
        p.Text,
        p.Html,
        p.CreatedAt,
        p.Likes,
        p.Highlighted,
        p.Hidden,
        p.EditedAt,
        p.Hidden ? p.HiddenReason : null,
        p.Held,
        p.RejectedAt != null,
        p.RejectedAt != null ? p.RejectedReason : null,
        p.Sequence == null ? p.HeldFor : null);

    private static readonly Func<Post, PostDto> Compiled = Projection.Compile();

    /// <summary>From a tracked post whose <see cref="Post.Author"/> is loaded.</summary>
    public static PostDto From(Post post) => Compiled(post);
}

/// <param name="Newcomer">The author is new to the community in this chat (rule 32: the "First chat" badge).</param>
public sealed record AuthorDto(string Handle, string DisplayName, AuthorRole Role, bool Newcomer = false);
