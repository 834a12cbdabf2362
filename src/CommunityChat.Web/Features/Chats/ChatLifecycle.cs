using System.Globalization;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Chats;

/// <summary>Running a chat: start, ask questions, settings, end (SPEC rules 1, 2, 8).</summary>
public sealed class ChatLifecycle(
    AppDbContext db,
    QuestionAsking asking,
    ChatEvents events,
    ChatReader chats,
    Permissions permissions,
    AuditLog audit,
    PlanRules rules,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public async Task<ChatDto> StartAsync(int chatId, int? userId)
    {
        var chat = await FindAsync(chatId);
        var actor = await permissions.RequireModeratorAsync(userId, chat.CommunityId);
        if (chat.Status == ChatStatus.Live)
        {
            throw Refusal.Conflict(t["This chat is already live."]);
        }

        if (chat.Status == ChatStatus.Ended)
        {
            throw Refusal.Conflict(t["This chat has ended; its transcript is read-only."]);
        }

        rules.RequireTexts(await db.Questions.AsNoTracking().Where(q => q.ChatId == chat.Id).ToListAsync(), starting: true);
        chat.Status = ChatStatus.Live;
        chat.StartedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(chat.CommunityId, chat.Id, actor, "chat.started");
        await db.SaveChangesAsync();
        return await BroadcastChatAsync(chat.Id);
    }

    /// <summary>bySchedule: the server ends the chat at its scheduled end + 30 minutes (SPEC rule 1).</summary>
    public async Task<ChatDto> EndAsync(int chatId, int? userId, bool bySchedule = false)
    {
        var chat = await FindAsync(chatId);
        var actor = bySchedule ? chat.HostId : await permissions.RequireModeratorAsync(userId, chat.CommunityId);
        if (chat.Status != ChatStatus.Live)
        {
            throw Refusal.Conflict(chat.Status == ChatStatus.Ended ? t["This chat has already ended."] : t["This chat hasn't started yet."]);
        }

        chat.Status = ChatStatus.Ended;
        chat.EndedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(chat.CommunityId, chat.Id, actor, bySchedule ? "chat.ended.on-schedule" : "chat.ended");
        await db.SaveChangesAsync();
        return await BroadcastChatAsync(chat.Id);
    }

    /// <summary>
    /// Posts Qn into the feed, once. The question's text leaves the server for the first time here.
    /// byAutopilot: asked at its offset by the server, in the host's name.
    /// </summary>
    public async Task<PostDto> AskAsync(int chatId, int number, int? userId, bool byAutopilot = false)
    {
        var chat = await FindAsync(chatId);
        var actor = byAutopilot ? chat.HostId : await permissions.RequireModeratorAsync(userId, chat.CommunityId);
        if (chat.Status != ChatStatus.Live)
        {
            throw Refusal.Conflict(chat.Status == ChatStatus.Ended ? t["This chat has already ended."] : t["Start the chat before asking questions."]);
        }

        return await asking.AskAsync(chat.CommunityId, chatId, actor, async _ =>
        {
            var asked = await db.Questions.FirstOrDefaultAsync(q => q.ChatId == chatId && q.Number == number)
                ?? throw Refusal.NotFound(t["This chat has no Q{0}.", number]);
            return asked.AskedAt is null ? asked : throw Refusal.Conflict(t["Q{0} has already been asked.", number]);
        });
    }

    public async Task<ChatDto> UpdateSettingsAsync(int chatId, int? userId, ChatSettingsRequest request)
    {
        var chat = await FindAsync(chatId);
        var actor = await permissions.RequireModeratorAsync(userId, chat.CommunityId);
        if (request.SlowModeSeconds is { } seconds)
        {
            if (seconds is < 0 or > 3600)
            {
                throw Refusal.BadRequest(t["Slow mode is between 0 and 3,600 seconds."]);
            }

            chat.SlowModeSeconds = seconds;
            audit.Record(chat.CommunityId, chat.Id, actor, "chat.slowmode", detail: seconds.ToString(CultureInfo.InvariantCulture));
        }

        if (request.Locked is { } locked)
        {
            chat.Locked = locked;
            audit.Record(chat.CommunityId, chat.Id, actor, locked ? "chat.locked" : "chat.unlocked");
        }

        if (request.Autopilot is { } autopilot)
        {
            chat.Autopilot = autopilot;
            audit.Record(chat.CommunityId, chat.Id, actor, autopilot ? "chat.autopilot.on" : "chat.autopilot.off");
        }

        if (request.Premoderation is { } premoderation)
        {
            chat.Premoderation = premoderation;
            audit.Record(chat.CommunityId, chat.Id, actor, premoderation ? "chat.premoderation.on" : "chat.premoderation.off");
        }

        await db.SaveChangesAsync();
        return await BroadcastChatAsync(chat.Id);
    }

    /// <summary>Tells the room; the caller is a moderator (or the server), so it gets the moderators' view.</summary>
    private async Task<ChatDto> BroadcastChatAsync(int chatId)
    {
        var (forModerators, forEveryone) = await chats.GetBothViewsAsync(chatId);
        await events.ChatChanged(forModerators, forEveryone);
        return forModerators;
    }

    private async Task<Chat> FindAsync(int chatId) =>
        await db.Chats.FirstOrDefaultAsync(c => c.Id == chatId) ?? throw Refusal.NotFound(t["There is no such chat."]);
}
