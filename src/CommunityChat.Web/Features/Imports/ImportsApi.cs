using System.Security.Claims;
using System.Text;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CommunityChat.Web.Features.Imports;

public static class ImportsApi
{
    /// <summary>A little above the parser's own limit, so an oversized record gets its sentence rather than a bare 413.</summary>
    public const long MaxBodyBytes = 6 * 1024 * 1024;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/communities/{slug}/imports", Import)
            .WithTags("Imports")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimits.Writes)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    /// <summary>
    /// SPEC rule 15: the body is the record, <c>text/plain</c> (a pasted recap) or <c>application/json</c> (tweets);
    /// <c>?preview=true</c> answers the plan without writing anything (an extension, what the import page shows).
    /// </summary>
    private static async Task<Results<Created<ChatDto>, Ok<ImportPlan>>> Import(
        string slug, string? title, string? hashtag, DateOnly? date, bool? preview, HttpRequest request, ClaimsPrincipal user, ImportService imports)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var content = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var json = IsJson(request.ContentType);
        var options = new ImportOptions(title, hashtag, date);
        if (preview == true)
        {
            return TypedResults.Ok(await imports.PlanAsync(slug, user.UserId(), content, json, options));
        }

        var chat = await imports.ImportAsync(slug, user.UserId(), content, json, options);
        return TypedResults.Created($"/api/chats/{chat.Id}", chat);
    }

    /// <summary>JSON, JSON Lines and their usual media types; everything else is read as pasted text.</summary>
    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("ndjson", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("jsonl", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));
}
