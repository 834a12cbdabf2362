using System.Globalization;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// Runs every hub method in the language the connection was opened in, and turns a <see cref="Refusal"/>
/// into a <see cref="HubException"/> whose message is the sentence the client shows. Anything else is logged here
/// and reaches the client as a plain apology, never as internals.
/// </summary>
public sealed class HubRefusalFilter(IStringLocalizer<SharedResource> t, ILogger<HubRefusalFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var culture = invocationContext.Context.GetHttpContext()?.Features.Get<IRequestCultureFeature>()?.RequestCulture;
        if (culture is not null)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }

        try
        {
            return await next(invocationContext);
        }
        catch (Refusal refusal)
        {
            throw new HubException(refusal.Message);
        }
        catch (Exception exception) when (exception is not HubException and not OperationCanceledException)
        {
            logger.LogError(exception, "Hub method {Method} failed", invocationContext.HubMethodName);
            throw new HubException(t["Something went wrong on our side. Nothing you did caused it; try again in a moment."]);
        }
    }
}
