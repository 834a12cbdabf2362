using System.Security.Claims;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

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

        var moderate = api.MapGroup("").RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        moderate.MapPost("/communities/{slug}/chats", async Task<Created<ChatDto>> (string slug, PlanChatRequest request, ClaimsPrincipal user, ChatPlanning planning) =>
        {
            var chat = await planning.CreateAsync(user.UserId(), slug, request);
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
        return app;
    }
}
