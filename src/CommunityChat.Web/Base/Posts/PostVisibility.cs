using System.Linq.Expressions;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Data;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// The one rule for which posts a viewer sees (SPEC rule 8). Every read of posts goes through it
/// (<see cref="PostReader"/>), and so does every check that a post may be acted on, so a new state of a post (held,
/// deleted, removed with a ban: rules 20, 28, 29) is taught here once.
/// </summary>
public static class PostVisibility
{
    /// <summary>
    /// Moderators see every post, hidden ones marked. Everyone else, the post's author included for now, sees the posts
    /// that are not hidden; rule 28 (an author keeps seeing their hidden post) adds the author's case here.
    /// </summary>
    public static Expression<Func<Post, bool>> VisibleTo(Viewer viewer) =>
        viewer.IsModerator ? p => true : p => !p.Hidden;

    /// <summary>The complement of <see cref="VisibleTo"/>: what a reconnecting client must drop.</summary>
    public static Expression<Func<Post, bool>> HiddenFrom(Viewer viewer) =>
        viewer.IsModerator ? p => false : p => p.Hidden;
}
