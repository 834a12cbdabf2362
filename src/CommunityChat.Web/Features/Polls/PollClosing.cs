using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Polls;

/// <summary>
/// Tells the room once that a poll closed: its time is up, or its chat ended. The conditional update marks each poll
/// announced by exactly one caller, so two server instances do not both announce it.
/// </summary>
public sealed class PollClosing(AppDbContext db, PollEvents events, TimeProvider clock)
{
    public async Task TickAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Polls
            .Where(p => !p.CloseAnnounced && (p.ClosesAt <= now || db.Chats.Any(c => c.Id == p.ChatId && c.Status == ChatStatus.Ended)))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            var mine = await db.Polls.Where(p => p.Id == id && !p.CloseAnnounced)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CloseAnnounced, true), cancellationToken);
            if (mine == 1)
            {
                await events.ClosedAsync(id);
            }
        }
    }
}
