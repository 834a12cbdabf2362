using System.Globalization;
using System.Security.Claims;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Chats;

public static class ChatsApi
{
    public static IEndpointRouteBuilder MapChatsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Chats");

        api.MapGet("/communities/{slug}/chats", async Task<Ok<IReadOnlyList<ChatDto>>> (string slug, ClaimsPrincipal user, ChatReader chats) =>
            TypedResults.Ok(await chats.ListAsync(slug, user.UserId())));
        api.MapGet("/chats/{id:int}", async Task<Ok<ChatDto>> (int id, ClaimsPrincipal user, ChatReader chats) =>
            TypedResults.Ok(await chats.GetAsync(id, user.UserId())));
        api.MapGet("/chats/{id:int}/calendar.ics", ChatCalendar.GetAsync);

        var moderate = api.MapGroup("").RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        moderate.MapPost("/communities/{slug}/chats", async Task<Created<ChatDto>> (string slug, PlanChatRequest request, ClaimsPrincipal user, ChatPlanning planning) =>
        {
            var chat = await planning.CreateAsync(user.UserId(), slug, request);
            return TypedResults.Created($"/api/chats/{chat.Id}", chat);
        });
        moderate.MapPost("/chats/{id:int}/next", async Task<Created<ChatDto>> (int id, ClaimsPrincipal user, ChatSeries series) =>
        {
            var chat = await series.PlanNextAsync(id, user.UserId());
            return TypedResults.Created($"/api/chats/{chat.Id}", chat);
        });
        moderate.MapPost("/chats/{id:int}/start", async Task<Ok<ChatDto>> (int id, ClaimsPrincipal user, ChatLifecycle lifecycle) =>
            TypedResults.Ok(await lifecycle.StartAsync(id, user.UserId())));
        moderate.MapPost("/chats/{id:int}/end", async Task<Ok<ChatDto>> (int id, ClaimsPrincipal user, ChatLifecycle lifecycle) =>
            TypedResults.Ok(await lifecycle.EndAsync(id, user.UserId())));
        moderate.MapPost("/chats/{id:int}/questions/{n:int}/ask", async Task<Created<PostDto>> (int id, int n, ClaimsPrincipal user, ChatLifecycle lifecycle) =>
        {
            var post = await lifecycle.AskAsync(id, n, user.UserId());
            return TypedResults.Created($"/api/chats/{id}/posts?after={post.Sequence - 1}&limit=1", post);
        });
        moderate.MapPut("/chats/{id:int}/settings", async Task<Ok<ChatDto>> (int id, ChatSettingsRequest request, ClaimsPrincipal user, ChatLifecycle lifecycle) =>
            TypedResults.Ok(await lifecycle.UpdateSettingsAsync(id, user.UserId(), request)));
        moderate.MapPut("/chats/{id:int}", async Task<Ok<ChatDto>> (int id, PlanChatRequest request, HttpContext context, PlanChanges changes, IStringLocalizer<SharedResource> t) =>
        {
            var chat = await changes.ChangeAsync(id, context.User.UserId(), request, FromVersion(context, request.PlanVersion, t));
            context.Response.Headers.ETag = ETag(chat.PlanVersion);
            return TypedResults.Ok(chat);
        });
        moderate.MapDelete("/chats/{id:int}", async Task<NoContent> (int id, HttpContext context, PlanChanges changes, IStringLocalizer<SharedResource> t) =>
        {
            await changes.DeleteAsync(id, context.User.UserId(), FromVersion(context, null, t));
            return TypedResults.NoContent();
        });
        return app;
    }

    /// <summary>
    /// The plan version a change was made from: <c>If-Match: "7"</c> (weak or strong), else the body's planVersion;
    /// none (or <c>*</c>) means the change applies to whatever version is current.
    /// </summary>
    private static int? FromVersion(HttpContext context, int? bodyVersion, IStringLocalizer<SharedResource> t)
    {
        var header = context.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return bodyVersion;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw Refusal.BadRequest(t["If-Match holds the plan's version in quotes, as in \"3\"."]);
    }

    private static string ETag(int? planVersion) => $"\"{planVersion ?? 0}\"";
}
