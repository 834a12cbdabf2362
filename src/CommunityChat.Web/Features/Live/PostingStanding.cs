using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// What posting needs to know about a chat and its author: the chat with its community, the author, whether a ban
/// stands (for good, or until when the latest timed one runs), whether the author is a guest of the chat or moderates
/// its community (admins do), and whether they agreed to its code of conduct (rule 26). Read under the chat's lock for
/// everyone posting in one group commit at once (issue 8: six small queries a post, then one long statement a post that
/// SQLite prepared afresh each time, were the costliest step of posting). <see cref="Chat"/>, its
/// <see cref="Chat.Community"/> and <see cref="Author"/> hold only what posting reads (their other properties are left
/// at their defaults): add a property to the query before reading it.
/// </summary>
public sealed record PostingStanding(Chat Chat, User Author, bool BannedForGood, DateTime? BanEnds, bool Guest, bool Moderator, bool Agreed)
{
    /// <summary>Whether a ban keeps the author from posting at <paramref name="now"/>; <see cref="BanEnds"/> says until when.</summary>
    public bool BannedAt(DateTime now) => BannedForGood || BanEnds > now;

    /// <summary>The author's standing in the batch's chat, read once for every author of the batch; null when the chat or the account does not exist.</summary>
    public static async Task<PostingStanding?> ReadAsync(PostBatch batch, int authorId)
    {
        var (chatId, authors) = (batch.ChatId, batch.Authors.ToArray());
        var everyone = await batch.OnceAsync(nameof(PostingStanding), db => ReadAsync(db, chatId, authors));
        return everyone.GetValueOrDefault(authorId);
    }

    private static async Task<Dictionary<int, PostingStanding>> ReadAsync(AppDbContext db, int chatId, int[] authors)
    {
        var rows = await (
            from chat in db.Chats.AsNoTracking()
            where chat.Id == chatId
            from author in db.Users.AsNoTracking()
            where authors.Contains(author.Id)
            select new
            {
                Chat = new Chat
                {
                    Id = chat.Id,
                    CommunityId = chat.CommunityId,
                    Status = chat.Status,
                    Locked = chat.Locked,
                    HostId = chat.HostId,
                    Hashtag = chat.Hashtag,
                    SlowModeSeconds = chat.SlowModeSeconds,
                    Premoderation = chat.Premoderation,
                },
                Community = new Community
                {
                    Id = chat.Community.Id,
                    MaxPostLength = chat.Community.MaxPostLength,
                    BlockedWords = chat.Community.BlockedWords,
                    CodeOfConduct = chat.Community.CodeOfConduct,
                },
                Author = new User { Id = author.Id, UserName = author.UserName, DisplayName = author.DisplayName },
                BannedForGood = db.Bans.Any(b => b.CommunityId == chat.CommunityId && b.UserId == author.Id && b.Until == null),
                BanEnds = db.Bans.Where(b => b.CommunityId == chat.CommunityId && b.UserId == author.Id && b.Until != null).Max(b => b.Until),
                Guest = db.ChatGuests.Any(g => g.ChatId == chatId && g.UserId == author.Id),
                Moderator = author.IsAdmin || db.CommunityModerators.Any(m => m.CommunityId == chat.CommunityId && m.UserId == author.Id),
                Agreed = db.CommunityAgreements.Any(a => a.CommunityId == chat.CommunityId && a.UserId == author.Id),
            }).ToListAsync();
        return rows.ToDictionary(
            row => row.Author.Id,
            row =>
            {
                row.Chat.Community = row.Community;
                return new PostingStanding(row.Chat, row.Author, row.BannedForGood, row.BanEnds, row.Guest, row.Moderator, row.Agreed);
            });
    }
}
