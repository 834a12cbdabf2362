using System.Linq.Expressions;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Data;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// The one rule for which posts a viewer sees (SPEC rules 8 and 28). Every read of posts goes through it
/// (<see cref="PostReader"/>), and so does every check that a post may be acted on, so a new state of a post (held,
/// deleted, removed with a ban: rules 20, 28, 29) is taught here once.
/// </summary>
public static class PostVisibility
{
    /// <summary>
    /// A post its author deleted is gone for everyone. A post with no sequence (held for a moderator, or rejected: rule
    /// 20) is its author's alone; moderators see held posts in their queue, not here. Moderators see every other post,
    /// hidden ones marked; the author of a hidden post keeps seeing it, marked with the reason (rule 28); everyone else
    /// sees the posts that are published and not hidden.
    /// </summary>
    public static Expression<Func<Post, bool>> VisibleTo(Viewer viewer)
    {
        if (viewer.IsModerator)
        {
            return viewer.UserId is int moderatorId
                ? p => p.DeletedAt == null && (p.Sequence != null || p.AuthorId == moderatorId)
                : p => p.DeletedAt == null && p.Sequence != null;
        }

        if (viewer.UserId is int userId)
        {
            return p => p.DeletedAt == null && ((p.Sequence != null && !p.Hidden) || p.AuthorId == userId);
        }

        return p => p.DeletedAt == null && p.Sequence != null && !p.Hidden;
    }

    /// <summary>The complement of <see cref="VisibleTo"/>: what a reconnecting client must drop.</summary>
    public static Expression<Func<Post, bool>> HiddenFrom(Viewer viewer)
    {
        if (viewer.IsModerator)
        {
            return viewer.UserId is int moderatorId
                ? p => p.DeletedAt != null || (p.Sequence == null && p.AuthorId != moderatorId)
                : p => p.DeletedAt != null || p.Sequence == null;
        }

        if (viewer.UserId is int userId)
        {
            return p => p.DeletedAt != null || ((p.Sequence == null || p.Hidden) && p.AuthorId != userId);
        }

        return p => p.DeletedAt != null || p.Sequence == null || p.Hidden;
    }

    /// <summary>Published: it has its place in the chat, so the room and the transcript may show it (rule 20).</summary>
    public static Expression<Func<Post, bool>> Published => p => p.Sequence != null;
}
