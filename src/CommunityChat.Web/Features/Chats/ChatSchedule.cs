using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// The server's own moves: autopilot asks each question at its offset from the start (SPEC rule 2), and a live chat
/// ends at its scheduled end + 30 minutes (SPEC rule 1). Tests call <see cref="TickAsync"/> with a fake clock.
/// </summary>
public sealed class ChatSchedule(AppDbContext db, ChatLifecycle lifecycle, TimeProvider clock, ILogger<ChatSchedule> logger)
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(30);

    public async Task TickAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.Chats.AsNoTracking()
            .Where(c => c.Status == ChatStatus.Live)
            .Select(c => new { c.Id, c.Autopilot, c.StartedAt, c.ScheduledStart, c.DurationMinutes })
            .ToListAsync(cancellationToken);

        foreach (var chat in live)
        {
            if (chat.Autopilot && chat.StartedAt is { } started)
            {
                var due = await db.Questions.AsNoTracking()
                    .Where(q => q.ChatId == chat.Id && q.AskedAt == null && q.OffsetMinutes != null)
                    .OrderBy(q => q.Number)
                    .Select(q => new { q.Number, q.OffsetMinutes })
                    .ToListAsync(cancellationToken);
                foreach (var question in due.Where(q => started.AddMinutes(q.OffsetMinutes!.Value) <= now))
                {
                    await TryAsync(() => lifecycle.AskAsync(chat.Id, question.Number, null, byAutopilot: true));
                }
            }

            if (chat.ScheduledStart.AddMinutes(chat.DurationMinutes) + Grace <= now)
            {
                await TryAsync(() => lifecycle.EndAsync(chat.Id, null, bySchedule: true));
            }
        }
    }

    // A moderator may have acted in the same instant (asked the question, ended the chat): that refusal is expected.
    // Anything else is logged, and the other chats still get their turn.
    private async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Refusal refusal)
        {
            logger.LogInformation("Schedule step skipped: {Reason}", refusal.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "A schedule step failed; the next tick tries again.");
        }
    }
}
