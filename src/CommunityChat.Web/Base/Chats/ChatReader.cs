using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Chats;

/// <summary>
/// Reading chats, with the secrecy of unasked questions applied in one place (SPEC rule 2): every page, API and hub path
/// that shows a chat reads it here.
/// </summary>
public sealed class ChatReader(AppDbContext db, Permissions permissions, CommunityReader communities, IStringLocalizer<SharedResource> t)
{
    public async Task<ChatDto> GetAsync(int chatId, int? userId) =>
        (await ViewAsync(db.Chats.Where(c => c.Id == chatId), userId)).Chat;

    /// <summary>
    /// The chat at its address and the account as its viewer (for pages that show more to moderators), or null when
    /// there is none for them (unknown, or a draft for non-moderators): the page answers 404.
    /// </summary>
    public async Task<(ChatDto Chat, Viewer Viewer)?> FindBySlugAsync(string communitySlug, string chatSlug, int? userId)
    {
        try
        {
            return await ViewAsync(db.Chats.Where(c => c.Community.Slug == communitySlug && c.Slug == chatSlug), userId);
        }
        catch (Refusal)
        {
            return null;
        }
    }

    /// <summary>The chat as a viewer already known to <see cref="ViewerAsync"/> sees it.</summary>
    public async Task<ChatDto> GetAsync(int chatId, Viewer viewer)
    {
        var chat = await LoadAsync(db.Chats.Where(c => c.Id == chatId));
        return chat.Status == ChatStatus.Draft && !viewer.IsModerator ? throw NotFound() : ToDto(chat, viewer.IsModerator);
    }

    /// <summary>The account as a viewer of the chat, without loading it whole; refuses what the account may not see.</summary>
    public async Task<Viewer> ViewerAsync(int chatId, int? userId)
    {
        var chat = await db.Chats.Where(c => c.Id == chatId).Select(c => new { c.CommunityId, c.Status }).FirstOrDefaultAsync()
            ?? throw NotFound();
        var viewer = await permissions.ViewerAsync(userId, chat.CommunityId);
        return chat.Status == ChatStatus.Draft && !viewer.IsModerator ? throw NotFound() : viewer;
    }

    /// <summary>A draft exists only for moderators; everyone else is told there is no such chat.</summary>
    private async Task<(ChatDto Chat, Viewer Viewer)> ViewAsync(IQueryable<Chat> query, int? userId)
    {
        var chat = await LoadAsync(query);
        var viewer = await permissions.ViewerAsync(userId, chat.CommunityId);
        return chat.Status == ChatStatus.Draft && !viewer.IsModerator ? throw NotFound() : (ToDto(chat, viewer.IsModerator), viewer);
    }

    /// <summary>Both views of one chat, for broadcasts that go to moderators and everyone else.</summary>
    public async Task<(ChatDto ForModerators, ChatDto ForEveryone)> GetBothViewsAsync(int chatId)
    {
        var chat = await LoadAsync(db.Chats.Where(c => c.Id == chatId));
        return (ToDto(chat, true), ToDto(chat, false));
    }

    /// <summary>
    /// The chat with its community, guests (with their accounts) and every question, untracked, for readers that build
    /// their own view of it (the transcript). Callers decide what of it may be shown.
    /// </summary>
    public async Task<Chat> LoadAsync(int chatId) => await LoadAsync(db.Chats.Where(c => c.Id == chatId));

    public async Task<int> CommunityIdAsync(int chatId) =>
        await db.Chats.Where(c => c.Id == chatId).Select(c => (int?)c.CommunityId).FirstOrDefaultAsync()
            ?? throw NotFound();

    /// <summary>Drafts only for moderators; everyone sees scheduled, live and ended chats.</summary>
    public async Task<IReadOnlyList<ChatDto>> ListAsync(string communitySlug, int? userId)
    {
        var community = await communities.FindAsync(communitySlug);
        var moderator = await permissions.IsModeratorAsync(userId, community.Id);
        var chats = await Include(db.Chats.Where(c => c.CommunityId == community.Id && (moderator || c.Status != ChatStatus.Draft)))
            .OrderByDescending(c => c.ScheduledStart)
            .ToListAsync();
        return chats.Select(c => ToDto(c, moderator)).ToList();
    }

    /// <summary>Chats across communities for the home page.</summary>
    public async Task<IReadOnlyList<ChatDto>> ListByStatusAsync(ChatStatus status, int take)
    {
        var query = Include(db.Chats.Where(c => c.Status == status));
        query = status == ChatStatus.Ended
            ? query.OrderByDescending(c => c.EndedAt)
            : query.OrderBy(c => c.ScheduledStart);
        var chats = await query.Take(take).ToListAsync();
        return chats.Select(c => ToDto(c, false)).ToList();
    }

    /// <summary>Public chats whose hashtag is <paramref name="lowerTag"/> (no '#'), newest first.</summary>
    public async Task<IReadOnlyList<ChatDto>> ListByHashtagAsync(string lowerTag)
    {
        var found = await Include(db.Chats.Where(c => c.Status != ChatStatus.Draft && c.Hashtag.ToLower() == lowerTag))
            .OrderByDescending(c => c.ScheduledStart)
            .Take(100)
            .ToListAsync();
        return found.Select(c => ToDto(c, false)).ToList();
    }

    public static ChatDto ToDto(Chat chat, bool forModerator) => new(
        chat.Id,
        chat.Community.Slug,
        chat.Slug,
        ChatUrl.For(chat.Community.Slug, chat.Slug),
        chat.Title,
        chat.Topic,
        chat.Format,
        chat.Hashtag,
        chat.Status,
        chat.ScheduledStart,
        chat.DurationMinutes,
        chat.StartedAt,
        chat.EndedAt,
        chat.Guests.Select(g => new GuestDto(g.User.UserName!, g.User.DisplayName, g.User.Unclaimed || g.User.Bio.Length == 0 ? null : g.User.Bio)).OrderBy(g => g.Handle).ToList(),
        chat.Questions
            .Where(q => forModerator || q.AskedAt != null)
            .OrderBy(q => q.Number)
            .Select(q => new QuestionDto(q.Number, q.Text, q.OffsetMinutes, q.AskedAt))
            .ToList(),
        chat.Autopilot,
        chat.SlowModeSeconds,
        chat.Locked,
        chat.Community.MaxPostLength,
        chat.RecapPublishedAt is null ? null : ChatUrl.Recap(ChatUrl.For(chat.Community.Slug, chat.Slug)),
        forModerator ? chat.PlanVersion : null,
        chat.Community.Name,
        chat.Premoderation,
        NextQuestionAt(chat));

    /// <summary>Under autopilot in a live chat, when the unasked question with the earliest minute is due (rule 2).</summary>
    private static DateTime? NextQuestionAt(Chat chat) =>
        chat is { Status: ChatStatus.Live, Autopilot: true, StartedAt: { } started }
            ? chat.Questions.Where(q => q.AskedAt == null && q.OffsetMinutes != null).Select(q => (DateTime?)started.AddMinutes(q.OffsetMinutes!.Value)).Min()
            : null;

    private async Task<Chat> LoadAsync(IQueryable<Chat> query) =>
        await Include(query).FirstOrDefaultAsync() ?? throw NotFound();

    private static IQueryable<Chat> Include(IQueryable<Chat> query) =>
        query.AsNoTracking()
            .Include(c => c.Community)
            .Include(c => c.Guests).ThenInclude(g => g.User)
            .Include(c => c.Questions)
            .AsSplitQuery();

    /// <summary>"There is no such chat.", in the language of the request: for an unknown chat and, to all but moderators, a draft.</summary>
    public Refusal NotFound() => Refusal.NotFound(t["There is no such chat."]);

    /// <summary>A community's chats that are not over (live, scheduled, and drafts for moderators), soonest first.</summary>
    public async Task<IReadOnlyList<ChatDto>> ListCurrentAsync(string communitySlug, bool moderator)
    {
        var chats = await Include(db.Chats.Where(c => c.Community.Slug == communitySlug
                && (c.Status == ChatStatus.Live || c.Status == ChatStatus.Scheduled || (moderator && c.Status == ChatStatus.Draft))))
            .OrderBy(c => c.ScheduledStart)
            .ToListAsync();
        return chats.Select(c => ToDto(c, moderator)).ToList();
    }

    /// <summary>
    /// The years of a community's ended chats (the year each took place, UTC), newest first, each with its number of
    /// chats: counted by the database, so a community with years of weekly chats reads a few rows.
    /// </summary>
    public async Task<IReadOnlyList<ArchiveYear>> ArchiveYearsAsync(string communitySlug)
    {
        var years = await db.Chats.AsNoTracking()
            .Where(c => c.Community.Slug == communitySlug && c.Status == ChatStatus.Ended)
            .GroupBy(c => (c.StartedAt ?? c.ScheduledStart).Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new { Year = g.Key, Chats = g.Count() })
            .ToListAsync();
        return years.Select(y => new ArchiveYear(y.Year, y.Chats)).ToList();
    }

    /// <summary>A page of a community's ended chats of one year (UTC), newest first.</summary>
    public async Task<IReadOnlyList<ChatDto>> ArchiveAsync(string communitySlug, int year, int skip, int take, bool moderator)
    {
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var until = from.AddYears(1);
        var chats = await Include(db.Chats.Where(c => c.Community.Slug == communitySlug && c.Status == ChatStatus.Ended
                && (c.StartedAt ?? c.ScheduledStart) >= from && (c.StartedAt ?? c.ScheduledStart) < until))
            .OrderByDescending(c => c.StartedAt ?? c.ScheduledStart).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .ToListAsync();
        return chats.Select(c => ToDto(c, moderator)).ToList();
    }
}

/// <summary>A year of a community's archive and how many chats ended in it.</summary>
public sealed record ArchiveYear(int Year, int Chats);
