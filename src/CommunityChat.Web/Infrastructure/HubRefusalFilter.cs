using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// Runs every hub method in the language the connection was opened in, and turns a <see cref="Refusal"/>
/// into a <see cref="HubException"/> whose message is the sentence the client shows.
/// </summary>
public sealed class HubRefusalFilter : IHubFilter
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
    }
}
