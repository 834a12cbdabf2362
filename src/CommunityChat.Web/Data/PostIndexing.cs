using CommunityChat.Core.Posts;
using CommunityChat.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CommunityChat.Web.Data;

/// <summary>
/// Keeps what search and /tags/{tag} read in step with a post's text, in the same SaveChanges (so the same
/// transaction) as the text itself: every path that writes a post (posting, editing, a plan's question edit, imports,
/// demo data) goes through it without knowing. The databases' engines index <see cref="Post.SearchText"/> themselves
/// (<see cref="SearchSchema"/>); which posts may be found is decided when reading, by PostVisibility, like every other
/// read, so hiding, holding or deleting a post needs nothing here.
/// </summary>
internal static class PostIndexing
{
    public static async Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var (added, edited) = Changed(db);
        var ids = edited.Select(e => e.Entity.Id).ToList();
        var tags = ids.Count == 0 ? [] : await db.PostTags.Where(t => ids.Contains(t.PostId)).ToListAsync(cancellationToken);
        Apply(db, added, edited, tags);
    }

    public static void Apply(AppDbContext db)
    {
        var (added, edited) = Changed(db);
        var ids = edited.Select(e => e.Entity.Id).ToList();
        var tags = ids.Count == 0 ? [] : db.PostTags.Where(t => ids.Contains(t.PostId)).ToList();
        Apply(db, added, edited, tags);
    }

    private static (List<EntityEntry<Post>> Added, List<EntityEntry<Post>> Edited) Changed(AppDbContext db)
    {
        var entries = db.ChangeTracker.Entries<Post>().ToList();
        return (
            entries.Where(e => e.State == EntityState.Added).ToList(),
            entries.Where(e => e.State == EntityState.Modified && e.Property(p => p.Text).IsModified).ToList());
    }

    private static void Apply(AppDbContext db, List<EntityEntry<Post>> added, List<EntityEntry<Post>> edited, List<PostTag> tagsBefore)
    {
        foreach (var post in added.Select(e => e.Entity))
        {
            post.SearchText = SearchText.ForIndex(post.Text);
            post.Tags.AddRange(PostText.Hashtags(post.Text).Where(tag => post.Tags.All(t => t.Tag != tag)).Select(tag => new PostTag { Tag = tag }));
        }

        foreach (var post in edited.Select(e => e.Entity))
        {
            post.SearchText = SearchText.ForIndex(post.Text);
            var tags = PostText.Hashtags(post.Text);
            var before = tagsBefore.Where(t => t.PostId == post.Id).ToList();
            db.PostTags.RemoveRange(before.Where(t => !tags.Contains(t.Tag)));
            db.PostTags.AddRange(tags.Where(tag => before.All(t => t.Tag != tag)).Select(tag => new PostTag { PostId = post.Id, Tag = tag }));
        }
    }
}
