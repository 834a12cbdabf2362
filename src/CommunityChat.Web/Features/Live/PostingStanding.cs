using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// What posting needs to know about a chat and its author, read in one statement (issue 8: these were six small
/// queries on every post): the chat with its community, the author, whether a ban stands (for good, or the latest end
/// of a timed one), whether the author is a guest of the chat or moderates its community (admins do), and whether they
/// agreed to its code of conduct (rule 26). Null when the chat or the account does not exist. <see cref="Chat"/>,
/// its <see cref="Chat.Community"/> and <see cref="Author"/> hold only what posting reads (their other properties are
/// left at their defaults): add a property to the query before reading it.
/// </summary>
public sealed record PostingStanding(Chat Chat, User Author, bool BannedForGood, DateTime? BannedUntil, bool Guest, bool Moderator, bool Agreed)
{
    public bool Banned => BannedForGood || BannedUntil is not null;

    public static async Task<PostingStanding?> ReadAsync(AppDbContext db, int chatId, int authorId, DateTime now, CancellationToken cancellationToken)
    {
        var row = await (
            from chat in db.Chats.AsNoTracking()
            where chat.Id == chatId
            from author in db.Users.AsNoTracking()
            where author.Id == authorId
            select new
            {
                // Only the columns posting reads: SQLite prepares every statement afresh, and whole entities made
                // this one the costliest step of a post (a third of the server's time with 100 posters).
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
                BannedForGood = db.Bans.Any(b => b.CommunityId == chat.CommunityId && b.UserId == authorId && b.Until == null),
                BannedUntil = db.Bans.Where(b => b.CommunityId == chat.CommunityId && b.UserId == authorId && b.Until > now).Max(b => b.Until),
                Guest = db.ChatGuests.Any(g => g.ChatId == chatId && g.UserId == authorId),
                Moderator = author.IsAdmin || db.CommunityModerators.Any(m => m.CommunityId == chat.CommunityId && m.UserId == authorId),
                Agreed = db.CommunityAgreements.Any(a => a.CommunityId == chat.CommunityId && a.UserId == authorId),
            }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        row.Chat.Community = row.Community;
        return new PostingStanding(row.Chat, row.Author, row.BannedForGood, row.BannedUntil, row.Guest, row.Moderator, row.Agreed);
    }
}
