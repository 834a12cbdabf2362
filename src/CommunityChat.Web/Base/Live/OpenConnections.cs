using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// The signed-in hub connections open on this instance: whose they are, what admitted them (the security stamp their
/// cookie carried, or their token), and the chats they joined as moderator (issue 9: identity changes reach open
/// connections). <see cref="ConnectionRecheck"/> reads it to close the connections whose account lost what they were
/// admitted with. Readers are not kept: they have nothing to lose.
/// </summary>
public sealed class OpenConnections
{
    /// <summary>The claim in which a token's principal carries the token's id (Features/Accounts/TokenAuthenticationHandler).</summary>
    public const string TokenClaim = "cc.token";

    private readonly ConcurrentDictionary<string, OpenConnection> _byId = new();

    public void Opened(HubCallerContext context, int userId, string? stamp, int? tokenId) =>
        _byId[context.ConnectionId] = new OpenConnection(context, userId, stamp, tokenId);

    /// <summary>A Join decided the connection's group in a chat: remembered when it is the moderators' group.</summary>
    public void Joined(string connectionId, int chatId, bool moderator)
    {
        if (_byId.TryGetValue(connectionId, out var connection))
        {
            if (moderator)
            {
                connection.ModeratedChats.TryAdd(chatId, 0);
            }
            else
            {
                connection.ModeratedChats.TryRemove(chatId, out _);
            }
        }
    }

    public void Left(string connectionId, int chatId)
    {
        if (_byId.TryGetValue(connectionId, out var connection))
        {
            connection.ModeratedChats.TryRemove(chatId, out _);
        }
    }

    public void Closed(string connectionId) => _byId.TryRemove(connectionId, out _);

    /// <summary>Every open signed-in connection, or only one account's.</summary>
    public IReadOnlyList<OpenConnection> Snapshot(int? userId = null) =>
        [.. _byId.Values.Where(c => userId is null || c.UserId == userId)];
}

/// <param name="Stamp">The account's security stamp when a cookie opened the connection; null for a token.</param>
/// <param name="TokenId">The personal access token that opened it; null for a cookie.</param>
public sealed record OpenConnection(HubCallerContext Context, int UserId, string? Stamp, int? TokenId)
{
    /// <summary>The chats this connection joined in the moderators' group.</summary>
    public ConcurrentDictionary<int, byte> ModeratedChats { get; } = new();
}
