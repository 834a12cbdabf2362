using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CommunityChat.Web.Base.Participation;

/// <summary>
/// The "First chat" badge (SPEC rule 32): whether a person is new to the community (they took part in none of its
/// ended chats), decided once per person per chat
/// at their first post there and stored on each of their posts (<see cref="Post.ByNewcomer"/>). The writer asks for
/// every post, so the answer is kept in memory once a post is written: after that it costs one dictionary look-up. Another server,
/// or this one after a restart, reads the decision back from the person's earlier post in the chat.
/// </summary>
public sealed class Newcomers(AppDbContext db, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Kept = new() { SlidingExpiration = TimeSpan.FromHours(3) };

    /// <summary>
    /// Whether <paramref name="authorId"/> posts in chat <paramref name="chatId"/> as a newcomer to its community. Asked
    /// before the post's checks, so it is only kept once the post is written (<see cref="Remember"/>): an attempt refused
    /// (an unknown chat, one not started yet) decides nothing.
    /// </summary>
    public async Task<bool> IsNewcomerAsync(int chatId, int authorId, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(Key(chatId, authorId), out bool known))
        {
            return known;
        }

        var earlier = await db.Posts.AsNoTracking()
            .Where(p => p.ChatId == chatId && p.AuthorId == authorId)
            .OrderBy(p => p.Id)
            .Select(p => (bool?)p.ByNewcomer)
            .FirstOrDefaultAsync(cancellationToken);
        return earlier ?? !await db.PersonAttendances
            .AnyAsync(a => a.UserId == authorId && a.CommunityId == db.Chats.Where(c => c.Id == chatId).Select(c => c.CommunityId).FirstOrDefault(), cancellationToken);
    }

    /// <summary>Keeps the decision a written post carries, so the person's next posts in the chat cost a look-up.</summary>
    public void Remember(int chatId, int authorId, bool newcomer) => cache.Set(Key(chatId, authorId), newcomer, Kept);

    private static (string, int, int) Key(int chatId, int authorId) => (nameof(Newcomers), chatId, authorId);

    /// <summary>
    /// The newcomers of a chat so far, in the order they arrived (their first published post): the console's "Welcome
    /// them" list.
    /// </summary>
    public async Task<IReadOnlyList<PersonName>> OfChatAsync(int chatId, CancellationToken cancellationToken = default)
    {
        var firsts = await db.Posts.AsNoTracking()
            .Where(p => p.ChatId == chatId && p.ByNewcomer && p.Sequence != null && p.DeletedAt == null)
            .GroupBy(p => p.AuthorId)
            .Select(g => new { AuthorId = g.Key, First = g.Min(p => p.Sequence) })
            .OrderBy(x => x.First)
            .Take(500)
            .ToListAsync(cancellationToken);
        var ids = firsts.Select(f => f.AuthorId).ToList();
        var names = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        return [.. firsts.Select(f => new PersonName(names[f.AuthorId].UserName!, names[f.AuthorId].DisplayName))];
    }
}
