using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>
/// A hub connection opened with an access token is checked again while it stays open (issue 9, item 2): a revoked
/// token used to keep full write access on a connection opened before `DELETE /api/tokens/{id}`. Before a call, if the
/// token was last checked more than <see cref="Interval"/> ago, it is looked up again; revoked, the call is refused and
/// the connection closed. So revoking reaches open connections within seconds, at one indexed read per connection per
/// interval at most.
/// </summary>
public sealed class TokenRecheck(TimeProvider clock) : IHubFilter
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private const string Secret = "cc.token";
    private const string CheckedAt = "cc.token-checked";

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.User?.Identity?.AuthenticationType == TokenAuthenticationHandler.SchemeName
            && context.Context.GetHttpContext() is { } http && TokenAuthenticationHandler.ReadToken(http) is { } secret)
        {
            context.Context.Items[Secret] = secret;
            context.Context.Items[CheckedAt] = clock.GetUtcNow();
        }

        return next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var items = invocationContext.Context.Items;
        if (items.TryGetValue(Secret, out var stored) && stored is string secret
            && items.TryGetValue(CheckedAt, out var at) && at is DateTimeOffset checkedAt
            && clock.GetUtcNow() - checkedAt >= Interval)
        {
            var tokens = invocationContext.ServiceProvider.GetRequiredService<TokenService>();
            if (await tokens.FindUserAsync(secret) is null)
            {
                // Closed once the refusal has been sent: closing at once would lose the sentence.
                var connection = invocationContext.Context;
                _ = Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None).ContinueWith(_ => connection.Abort(), TaskScheduler.Default);
                throw new HubException(invocationContext.ServiceProvider
                    .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>>()["This access token was revoked. Sign in again."]);
            }

            items[CheckedAt] = clock.GetUtcNow();
        }

        return await next(invocationContext);
    }
}
