using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Polls;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Polls;

/// <summary>
/// Opening a poll and voting (SPEC rule 9), for the API and the hub alike: validate, commit, then tell the room
/// (<see cref="PollEvents"/>). One vote per account, final; the database's key refuses a second one even when two race.
/// </summary>
public sealed class PollService(
    AppDbContext db,
    Permissions permissions,
    PollReader reader,
    ChatReader chats,
    PollEvents events,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public const int DefaultSeconds = 300;
    public const int MinSeconds = 10;
    public const int MaxSeconds = 3600;
    public const int MaxQuestionLength = 280;
    public const int MaxOptionLength = 100;

    public async Task<PollDto> OpenAsync(int chatId, int? userId, OpenPollRequest request)
    {
        var chat = await db.Chats.AsNoTracking().Where(c => c.Id == chatId).Select(c => new { c.CommunityId, c.Status }).FirstOrDefaultAsync()
            ?? throw Refusal.NotFound(t["There is no such chat."]);
        var moderatorId = await permissions.RequireModeratorAsync(userId, chat.CommunityId);
        if (chat.Status != ChatStatus.Live)
        {
            throw Refusal.Conflict(t["Polls can be opened only while the chat is live."]);
        }

        var question = (request.Question ?? "").Trim();
        if (question.Length == 0 || question.Length > MaxQuestionLength)
        {
            throw Refusal.BadRequest(t["A poll needs a question of at most {0} characters.", MaxQuestionLength]);
        }

        var options = (request.Options ?? []).Select(o => (o ?? "").Trim()).ToList();
        if (options.Count is < 2 or > 4 || options.Any(o => o.Length == 0 || o.Length > MaxOptionLength)
            || options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            throw Refusal.BadRequest(t["A poll needs 2 to 4 different options, none empty."]);
        }

        var seconds = request.Seconds ?? DefaultSeconds;
        if (seconds is < MinSeconds or > MaxSeconds)
        {
            throw Refusal.BadRequest(t["A poll runs for 10 seconds to 60 minutes."]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var poll = new Poll
        {
            ChatId = chatId,
            Question = question,
            Options = options,
            OpensAt = now,
            ClosesAt = now.AddSeconds(seconds),
            CreatedById = moderatorId,
        };
        db.Polls.Add(poll);
        // The question goes in the detail: it may be longer than a target (280 against 200 characters).
        audit.Record(chat.CommunityId, chatId, moderatorId, "poll.opened", detail: question);
        await db.SaveChangesAsync();
        await events.OpenedAsync(poll.Id);
        return await reader.FindAsync(poll.Id, new Viewer(moderatorId, IsModerator: true)) ?? throw NotFound();
    }

    public async Task<PollDto> VoteAsync(long pollId, int? userId, int? option)
    {
        var voterId = permissions.RequireSignedIn(userId);
        var poll = await db.Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId) ?? throw NotFound();
        var chat = await db.Chats.AsNoTracking().Where(c => c.Id == poll.ChatId).Select(c => new { c.CommunityId, c.Status }).FirstAsync();
        var viewer = await permissions.ViewerAsync(voterId, chat.CommunityId);
        if (chat.Status == ChatStatus.Draft && !viewer.IsModerator)
        {
            throw NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (poll.ClosesAt <= now || chat.Status != ChatStatus.Live)
        {
            throw Refusal.Conflict(t["This poll has closed; votes are no longer taken."]);
        }

        await permissions.RequireNotBannedAsync(chat.CommunityId, voterId, now);

        if (option is not { } chosen || chosen < 0 || chosen >= poll.Options.Count)
        {
            throw Refusal.BadRequest(t["Choose one of the poll's options."]);
        }

        if (await db.PollVotes.AnyAsync(v => v.PollId == pollId && v.UserId == voterId))
        {
            throw AlreadyVoted();
        }

        db.PollVotes.Add(new PollVote { PollId = pollId, UserId = voterId, Option = chosen, VotedAt = now });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two votes from one account at once: the key let one in; this is the other.
            db.ChangeTracker.Clear();
            throw AlreadyVoted();
        }

        events.ResultsChanged(pollId);
        return await reader.FindAsync(pollId, viewer) ?? throw NotFound();
    }

    /// <summary>GET /api/chats/{id}/polls: every poll of a chat the account may see, results as rule 9 allows.</summary>
    public async Task<IReadOnlyList<PollDto>> ListAsync(int chatId, int? userId) =>
        await reader.ForChatAsync(chatId, await chats.ViewerAsync(chatId, userId));

    private Refusal AlreadyVoted() => Refusal.Conflict(t["You've already voted in this poll; a vote is final."]);

    private Refusal NotFound() => Refusal.NotFound(t["There is no such poll."]);
}
