using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>A public chat as a profile shows it: its title and address, its community, and when it took place.</summary>
public sealed record ProfileChat(int Id, string Title, string Url, string CommunityName, string CommunityUrl, DateTime When, ChatStatus Status);

/// <summary>An answer on a profile, with the question it answers (its text only once asked: rule 2).</summary>
public sealed record ProfileAnswer(PostInChat Item, string? QuestionText);

/// <summary>One chat of a profile: the person's answers in question order, then their replies and comments in time order.</summary>
public sealed record ProfileChatGroup(ProfileChat Chat, bool WasGuest, IReadOnlyList<ProfileAnswer> Answers, IReadOnlyList<PostInChat> Others);

/// <summary>A page of a person's chats (newest first), and how many pages there are.</summary>
public sealed record ProfilePage(IReadOnlyList<ProfileChatGroup> Chats, int Page, int Pages);

/// <summary>
/// What <c>/@handle</c> shows of a person's history (issue 6): the public chats they were guest of, and their public posts
/// grouped by chat. Chats are paged in the database and only the page's posts are read (<see cref="PostReader"/>, as
/// <see cref="Base.Access.Viewer.Public"/>).
/// </summary>
public sealed class ProfileHistory(AppDbContext db, PostReader posts)
{
    /// <summary>Chats per page of a profile.</summary>
    public const int ChatsPerPage = 10;

    /// <summary>The most "Guest of" chats a profile lists.</summary>
    public const int MaxGuestChats = 50;

    /// <summary>The public chats the person was a guest of, newest first.</summary>
    public async Task<IReadOnlyList<ProfileChat>> GuestOfAsync(int userId) =>
        await Facts(db.Chats
                .Where(c => c.Status != ChatStatus.Draft && c.Guests.Any(g => g.UserId == userId))
                .OrderByDescending(c => c.StartedAt ?? c.ScheduledStart).ThenByDescending(c => c.Id)
                .Take(MaxGuestChats))
            .ToListAsync();

    /// <summary>Page <paramref name="page"/> (from 1) of the person's chats, or null when there is no such page.</summary>
    public async Task<ProfilePage?> PageAsync(int userId, int page)
    {
        if (page < 1)
        {
            return null;
        }

        var (chatIds, total) = await posts.AuthorChatsAsync(userId, (page - 1) * ChatsPerPage, ChatsPerPage);
        var pages = Math.Max(1, (total + ChatsPerPage - 1) / ChatsPerPage);
        if (page > pages)
        {
            return null;
        }

        var chats = await Facts(db.Chats.Where(c => chatIds.Contains(c.Id))).ToDictionaryAsync(c => c.Id);
        var guestOf = await db.Set<ChatGuest>().Where(g => g.UserId == userId && chatIds.Contains(g.ChatId)).Select(g => g.ChatId).ToListAsync();
        var found = await posts.ByAuthorInChatsAsync(userId, chatIds);
        var answered = found.Where(p => p.Kind == PostKind.Answer && p.QuestionNumber != null).Select(p => new { p.ChatId, Number = p.QuestionNumber!.Value }).Distinct().ToList();
        var answeredChats = answered.Select(a => a.ChatId).Distinct().ToList();
        var questions = (await db.Set<Question>().AsNoTracking()
                .Where(q => answeredChats.Contains(q.ChatId) && q.AskedAt != null)
                .Select(q => new { q.ChatId, q.Number, q.Text })
                .ToListAsync())
            .ToDictionary(q => (q.ChatId, q.Number), q => q.Text);

        var groups = chatIds.Select(id =>
        {
            var chat = chats[id];
            var mine = found.Where(p => p.ChatId == id).ToList();
            var answers = mine.Where(p => p.Kind == PostKind.Answer)
                .OrderBy(p => p.QuestionNumber).ThenBy(p => p.Sequence)
                .Select(p => new ProfileAnswer(
                    new PostInChat(p, chat.Title, chat.Url),
                    p.QuestionNumber is int n ? questions.GetValueOrDefault((id, n)) : null))
                .ToList();
            var others = mine.Where(p => p.Kind != PostKind.Answer).Select(p => new PostInChat(p, chat.Title, chat.Url)).ToList();
            return new ProfileChatGroup(chat, guestOf.Contains(id), answers, others);
        }).ToList();
        return new ProfilePage(groups, page, pages);
    }

    private static IQueryable<ProfileChat> Facts(IQueryable<Chat> chats) =>
        chats.AsNoTracking().Select(c => new ProfileChat(
            c.Id,
            c.Title,
            ChatUrl.For(c.Community.Slug, c.Slug),
            c.Community.Name,
            CommunityReader.Url(c.Community.Slug),
            c.StartedAt ?? c.ScheduledStart,
            c.Status));
}
