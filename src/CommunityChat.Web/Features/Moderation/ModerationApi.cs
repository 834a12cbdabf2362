using System.Security.Claims;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Moderation;

public static class ModerationApi
{
    public static IEndpointRouteBuilder MapModerationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Moderation").RequireAuthorization().RequireRateLimiting(RateLimits.Writes);

        api.MapPost("/posts/{id:long}/hide", async Task<Ok<PostDto>> (long id, ReasonRequest? request, ClaimsPrincipal user, ModerationService moderation) =>
            TypedResults.Ok(await moderation.HideAsync(id, user.UserId(), request?.Reason)));
        api.MapPost("/posts/{id:long}/unhide", async Task<Ok<PostDto>> (long id, ClaimsPrincipal user, ModerationService moderation) =>
            TypedResults.Ok(await moderation.UnhideAsync(id, user.UserId())));
        api.MapPost("/posts/{id:long}/highlight", async Task<Ok<PostDto>> (long id, ClaimsPrincipal user, ModerationService moderation) =>
            TypedResults.Ok(await moderation.HighlightAsync(id, user.UserId(), on: true)));
        api.MapPost("/posts/{id:long}/unhighlight", async Task<Ok<PostDto>> (long id, ClaimsPrincipal user, ModerationService moderation) =>
            TypedResults.Ok(await moderation.HighlightAsync(id, user.UserId(), on: false)));

        api.MapGet("/chats/{id:int}/held", async Task<Ok<IReadOnlyList<PostDto>>> (int id, ClaimsPrincipal user, HeldPostsService held) =>
            TypedResults.Ok(await held.ListAsync(id, user.UserId())));
        api.MapPost("/posts/{id:long}/approve", async Task<Ok<PostDto>> (long id, ClaimsPrincipal user, HeldPostsService held, CancellationToken cancellationToken) =>
            TypedResults.Ok(await held.ApproveAsync(id, user.UserId(), cancellationToken)));
        api.MapPost("/posts/{id:long}/reject", async Task<Ok<PostDto>> (long id, ReasonRequest? request, ClaimsPrincipal user, HeldPostsService held, CancellationToken cancellationToken) =>
            TypedResults.Ok(await held.RejectAsync(id, user.UserId(), request?.Reason, cancellationToken)));

        api.MapPost("/posts/{id:long}/move", async Task<Ok<PostDto>> (long id, MoveRequest? request, ClaimsPrincipal user, MoveService moves, CancellationToken cancellationToken) =>
            TypedResults.Ok(await moves.MoveAsync(id, user.UserId(), request?.QuestionNumber, cancellationToken)));

        api.MapPut("/communities/{slug}/bans/{handle}", async Task<NoContent> (string slug, string handle, BanRequest? request, ClaimsPrincipal user, ModerationService moderation) =>
        {
            await moderation.BanAsync(slug, handle, user.UserId(), request ?? new BanRequest(null, null));
            return TypedResults.NoContent();
        });
        api.MapDelete("/communities/{slug}/bans/{handle}", async Task<NoContent> (string slug, string handle, ClaimsPrincipal user, ModerationService moderation) =>
        {
            await moderation.LiftBanAsync(slug, handle, user.UserId());
            return TypedResults.NoContent();
        });
        api.MapGet("/communities/{slug}/audit", async Task<Ok<IReadOnlyList<AuditEntryDto>>> (string slug, ClaimsPrincipal user, ModerationService moderation) =>
            TypedResults.Ok(await moderation.AuditAsync(slug, user.UserId())));
        return app;
    }
}

public sealed record ReasonRequest(string? Reason);

/// <summary>Where to move a post (rule 21): an asked question's number.</summary>
public sealed record MoveRequest(int? QuestionNumber);

/// <summary>A ban's details (API body and the console's BanPerson): why, for how long (null: until lifted), and whether to remove the person's recent posts (rule 29).</summary>
public sealed record BanRequest(string? Reason, int? Minutes, bool? RemovePosts = null);
