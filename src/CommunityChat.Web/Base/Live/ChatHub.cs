using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// The live room at /hubs/chat (SPEC section 4). The class is declared here and grows by feature: each feature adds
/// its methods in a partial file in its own folder (Features/Live/ChatHub.Room.cs, Features/Chats/ChatHub.Chats.cs,
/// Features/Moderation/ChatHub.Moderation.cs). Methods are thin: each takes the feature service it needs as a
/// parameter (SignalR injects it), hands it ids, and a refusal reaches the caller as a HubException with the sentence
/// to show (<see cref="HubRefusalFilter"/>).
/// </summary>
public sealed partial class ChatHub(Presence presence, OpenConnections connections) : Hub<IChatClient>
{
    private static readonly string StampClaim = new Microsoft.AspNetCore.Identity.ClaimsIdentityOptions().SecurityStampClaimType;

    private int? UserId => Context.User?.UserId();

    /// <summary>A signed-in connection is kept in <see cref="OpenConnections"/>, so identity changes reach it (ConnectionRecheck).</summary>
    public override Task OnConnectedAsync()
    {
        if (UserId is { } userId)
        {
            var token = Context.User?.FindFirst(OpenConnections.TokenClaim)?.Value;
            connections.Opened(Context, userId, Context.User?.FindFirst(StampClaim)?.Value,
                token is null ? null : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture));
        }

        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Disconnected(Context.ConnectionId);
        connections.Closed(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
