using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// Every error becomes RFC 9457 problem details with a human <c>detail</c>: a <see cref="Refusal"/> says the rule's
/// sentence, a malformed request says so, anything else is a 500 that tells nothing about the server's insides.
/// </summary>
public sealed class RefusalExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<SharedResource> t,
    ILogger<RefusalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!PlatformExtensions.IsApi(httpContext) && exception is not Refusal)
        {
            logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
            return false;
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
            logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
