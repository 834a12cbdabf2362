using System.Linq.Expressions;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// The one way posts are read, by every page, API and hub path: always through <see cref="PostVisibility"/>, always
/// shaped by <see cref="PostDto.Projection"/>.
/// </summary>
public sealed class PostReader(AppDbContext db)
{
    /// <summary>The most posts one read returns: a long chat is read a page at a time.</summary>
    public const int MaxPostsPerRead = 1000;

    /// <summary>
    /// How many of the newest posts the live room and the console render on the server: the script joins after the
    /// last of them, and earlier ones come a page at a time on demand ("Show earlier posts").
    /// </summary>
    public const int FirstView = 100;

    /// <summary>A chat's posts after <paramref name="afterSequence"/>, in sequence order, as the viewer may see them.</summary>
    public Task<List<PostDto>> AfterAsync(int chatId, long afterSequence, int limit, Viewer viewer) =>
        InChat(chatId, viewer)
            .Where(p => p.Sequence > afterSequence)
            .OrderBy(p => p.Sequence)
            .Take(limit)
            .Select(PostDto.Projection)
            .ToListAsync();

    /// <summary>
    /// The <paramref name="limit"/> posts just before <paramref name="beforeSequence"/> the viewer may see, in sequence
    /// order (newest last): the room's first view (the newest posts) and its "Show earlier posts". Read newest first
    /// through the unique (chat, sequence) index, so the cost is the page's, not the chat's.
    /// </summary>
    public async Task<List<PostDto>> BeforeAsync(int chatId, long beforeSequence, int limit, Viewer viewer)
    {
        var page = await InChat(chatId, viewer)
            .Where(p => p.Sequence < beforeSequence)
            .OrderByDescending(p => p.Sequence)
            .Take(limit)
            .Select(PostDto.Projection)
            .ToListAsync();
        page.Reverse();
        return page;
    }

    /// <summary>The newest <paramref name="limit"/> posts of a chat the viewer may see, in sequence order.</summary>
    public Task<List<PostDto>> NewestAsync(int chatId, int limit, Viewer viewer) => BeforeAsync(chatId, long.MaxValue, limit, viewer);

    /// <summary>Every post of a chat the viewer may see, in sequence order: the transcript's material.</summary>
    public Task<List<PostDto>> AllAsync(int chatId, Viewer viewer) =>
        InChat(chatId, viewer).OrderBy(p => p.Sequence).Select(PostDto.Projection).ToListAsync();

    /// <summary>The ids of posts up to <paramref name="upToSequence"/> the viewer may not see (a reconnecting client drops them).</summary>
    public Task<List<long>> HiddenUpToAsync(int chatId, long upToSequence, Viewer viewer) =>
        db.Posts.AsNoTracking()
            .Where(p => p.ChatId == chatId && p.Sequence <= upToSequence)
            .Where(PostVisibility.HiddenFrom(viewer))
            .Select(p => p.Id)
            .ToListAsync();

    /// <summary>The most unpublished posts one read returns (rule 20).</summary>
    public const int MaxHeldPerRead = 500;

    /// <summary>
    /// A chat's posts without a sequence, oldest first (rule 20): for a moderator the queue of held posts; for anyone
    /// else their own held and rejected posts, which they keep seeing in their feed; nothing for a reader.
    /// </summary>
    public Task<List<PostDto>> UnpublishedAsync(int chatId, Viewer viewer)
    {
        var query = db.Posts.AsNoTracking().Where(p => p.ChatId == chatId && p.Sequence == null && p.DeletedAt == null);
        query = viewer switch
        {
            { IsModerator: true } => query.Where(p => p.Held),
            { UserId: int userId } => query.Where(p => p.AuthorId == userId),
            _ => query.Where(p => false),
        };
        return query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(MaxHeldPerRead).Select(PostDto.Projection).ToListAsync();
    }

    /// <summary>How many answers each chat has in public (hidden, held and deleted ones not counted): archive cards.</summary>
    public async Task<IReadOnlyDictionary<int, int>> AnswerCountsAsync(IReadOnlyCollection<int> chatIds) =>
        await db.Posts.AsNoTracking()
            .Where(p => chatIds.Contains(p.ChatId) && p.Kind == Core.Posts.PostKind.Answer)
            .Where(PostVisibility.VisibleTo(Viewer.Public))
            .GroupBy(p => p.ChatId)
            .Select(g => new { ChatId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ChatId, x => x.Count);

    /// <summary>One post as the viewer may see it, or null when it does not exist for them.</summary>
    public Task<PostDto?> FindAsync(long postId, Viewer viewer) =>
        db.Posts.AsNoTracking()
            .Where(p => p.Id == postId)
            .Where(PostVisibility.VisibleTo(viewer))
            .Select(PostDto.Projection)
            .FirstOrDefaultAsync();

    /// <summary>
    /// Public posts of public chats that pass <paramref name="filter"/>, newest first, a page of them, each with its
    /// chat: profiles and hashtag pages.
    /// </summary>
    public async Task<IReadOnlyList<PostInChat>> LatestAsync(Expression<Func<Post, bool>> filter, int take, int skip = 0)
    {
        var posts = await db.Posts.AsNoTracking()
            .Where(PostVisibility.VisibleTo(Viewer.Public))
            .Where(filter)
            .Where(p => db.Chats.Any(c => c.Id == p.ChatId && c.Status != ChatStatus.Draft))
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip(skip).Take(take)
            .Select(PostDto.Projection)
            .ToListAsync();
        var chatIds = posts.Select(p => p.ChatId).Distinct().ToList();
        var chats = await db.Chats.AsNoTracking()
            .Where(c => chatIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, Url = ChatUrl.For(c.Community.Slug, c.Slug) })
            .ToDictionaryAsync(c => c.Id);
        return posts.Select(p => new PostInChat(p, chats[p.ChatId].Title, chats[p.ChatId].Url)).ToList();
    }

    private IQueryable<Post> InChat(int chatId, Viewer viewer) =>
        db.Posts.AsNoTracking().Where(p => p.ChatId == chatId).Where(PostVisibility.VisibleTo(viewer));

    /// <summary>
    /// One page of the public chats where <paramref name="authorId"/> has public answers, replies or comments, newest
    /// chat first, and how many there are in all (a profile, <c>/@handle</c>). Paged in the database: no post is read.
    /// </summary>
    public async Task<(IReadOnlyList<int> ChatIds, int Total)> AuthorChatsAsync(int authorId, int skip, int take)
    {
        var posts = ByAuthorInPublic(authorId);
        var chats = db.Chats.AsNoTracking().Where(c => c.Status != ChatStatus.Draft && posts.Any(p => p.ChatId == c.Id));
        var total = await chats.CountAsync();
        var ids = await chats
            .OrderByDescending(c => c.StartedAt ?? c.ScheduledStart).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .Select(c => c.Id)
            .ToListAsync();
        return (ids, total);
    }

    /// <summary>
    /// The public answers, replies and comments of <paramref name="authorId"/> in the chats <paramref name="chatIds"/>
    /// (a page of <see cref="AuthorChatsAsync"/>), in each chat's sequence order; at most <see cref="MaxPostsPerRead"/>.
    /// </summary>
    public Task<List<PostDto>> ByAuthorInChatsAsync(int authorId, IReadOnlyCollection<int> chatIds) =>
        ByAuthorInPublic(authorId)
            .Where(p => chatIds.Contains(p.ChatId))
            .OrderBy(p => p.ChatId).ThenBy(p => p.Sequence)
            .Take(MaxPostsPerRead)
            .Select(PostDto.Projection)
            .ToListAsync();

    /// <summary>What of one person anyone may read: their published, visible posts that are not questions.</summary>
    private IQueryable<Post> ByAuthorInPublic(int authorId) =>
        db.Posts.AsNoTracking()
            .Where(PostVisibility.VisibleTo(Viewer.Public))
            .Where(p => p.AuthorId == authorId && p.Kind != Core.Posts.PostKind.Question);
}
