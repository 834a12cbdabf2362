using CommunityChat.Web.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// Identity changes reach open hub connections (issue 9, items 1 and 2). A connection's groups are decided at Join and
/// its account at connect; a moderator removed from a community kept receiving the moderators' broadcasts (unasked
/// questions, held posts), a cookie signed out elsewhere and a revoked token kept their connections. Each instance
/// checks its own open connections every <see cref="Interval"/> and, at once, the connections of an account changed on
/// this instance (<see cref="RecheckAsync"/>): one whose cookie's security stamp changed (signed out, password changed),
/// whose token was revoked, or that sits in the moderators' group of a chat its account no longer moderates, is taken
/// out of that group and closed. The client reconnects and joins again as what it now is (a revoked token: a reader).
/// Four reads per check, whatever the number of connections.
/// </summary>
public sealed class ConnectionRecheck(
    OpenConnections open,
    IServiceScopeFactory scopes,
    IHubContext<ChatHub, IChatClient> hub,
    TimeProvider clock,
    ILogger<ConnectionRecheck> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Checks the open connections of one account (after a change made here), or of everyone.</summary>
    public async Task RecheckAsync(int? userId = null)
    {
        var connections = open.Snapshot(userId);
        if (connections.Count == 0)
        {
            return;
        }

        var userIds = connections.Select(c => c.UserId).Distinct().ToList();
        var chatIds = connections.SelectMany(c => c.ModeratedChats.Keys).Distinct().ToList();
        var tokenIds = connections.Select(c => c.TokenId).OfType<int>().Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var accounts = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.SecurityStamp, u.IsAdmin })
            .ToDictionaryAsync(u => u.Id);
        var liveTokens = (await db.AccessTokens.AsNoTracking().Where(t => tokenIds.Contains(t.Id) && t.RevokedAt == null)
            .Select(t => t.Id).ToListAsync()).ToHashSet();
        var communityOf = await db.Chats.AsNoTracking().Where(c => chatIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.CommunityId);
        var moderators = (await db.CommunityModerators.AsNoTracking()
                .Where(m => userIds.Contains(m.UserId) && communityOf.Values.Contains(m.CommunityId))
                .Select(m => new { m.UserId, m.CommunityId })
                .ToListAsync())
            .Select(m => (m.UserId, m.CommunityId))
            .ToHashSet();

        foreach (var connection in connections)
        {
            var account = accounts.GetValueOrDefault(connection.UserId);
            var signedOut = account is null
                || (connection.Stamp is not null && connection.Stamp != account.SecurityStamp)
                || (connection.TokenId is { } tokenId && !liveTokens.Contains(tokenId));
            var demoted = !signedOut && !account!.IsAdmin && connection.ModeratedChats.Keys.Any(chatId =>
                !communityOf.TryGetValue(chatId, out var communityId) || !moderators.Contains((connection.UserId, communityId)));
            if (signedOut || demoted)
            {
                await CloseAsync(connection);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RecheckAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Rechecking open hub connections failed; trying again in {Interval}", Interval);
            }
        }
    }

    /// <summary>Out of the moderators' groups first, so nothing more reaches it while it closes.</summary>
    private async Task CloseAsync(OpenConnection connection)
    {
        foreach (var chatId in connection.ModeratedChats.Keys)
        {
            await hub.Groups.RemoveFromGroupAsync(connection.Context.ConnectionId, ChatGroups.Moderators(chatId));
        }

        open.Closed(connection.Context.ConnectionId);
        connection.Context.Abort();
    }
}
