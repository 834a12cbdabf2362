using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// Every error becomes RFC 9457 problem details with a human <c>detail</c>: a <see cref="Refusal"/> says the rule's
/// sentence, a malformed request says so, anything else is a 500 that tells nothing about the server's insides.
/// </summary>
public sealed class ApiExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<SharedResource> t,
    ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page: judge by the path that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        if (!PlatformExtensions.IsApi(path))
        {
            return false; // pages: the middleware logs it and shows the error page
        }

        var (status, detail) = exception switch
        {
            Refusal refusal => (refusal.Status, refusal.Message),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? t["The request is too large."].Value
                : t["The request couldn't be read: check that the body is valid JSON with the documented fields."].Value),
            _ => (StatusCodes.Status500InternalServerError, t["Something went wrong on our side. Nothing you did caused it; try again in a moment."].Value),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Path}", path);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
