using System.Globalization;
using System.Security.Claims;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Live;

public static class PostsApi
{
    public static IEndpointRouteBuilder MapPostsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Posts");

        api.MapGet("/chats/{id:int}/posts", ReadPosts);
        api.MapPost("/chats/{id:int}/posts", Send).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapPost("/posts/{id:long}/likes", async Task<Ok<PostDto>> (long id, ClaimsPrincipal user, LikeService likes) =>
            TypedResults.Ok(await likes.LikeAsync(id, user.UserId(), on: true))).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapDelete("/posts/{id:long}/likes", async Task<Ok<PostDto>> (long id, ClaimsPrincipal user, LikeService likes) =>
            TypedResults.Ok(await likes.LikeAsync(id, user.UserId(), on: false))).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapOwnPostsApi();
        return app;
    }

    /// <summary>
    /// <c>?after={sequence}</c>: the posts after it, oldest first (catch-up); <c>?before={sequence}</c>: the page just
    /// before it, newest last (the room's "Show earlier posts"). Either way in sequence order, as the viewer may see them.
    /// </summary>
    private static async Task<Ok<List<PostDto>>> ReadPosts(int id, long? after, string? before, int? limit, ClaimsPrincipal user, RoomSnapshot snapshot, PostReader posts, IStringLocalizer<SharedResource> t)
    {
        var viewer = await snapshot.RequireViewerAsync(id, user.UserId());
        var take = Math.Clamp(limit ?? 100, 1, PostReader.MaxPostsPerRead);
        if (before is null)
        {
            return TypedResults.Ok(await posts.AfterAsync(id, after ?? 0, take, viewer));
        }

        if (after is not null)
        {
            throw Refusal.BadRequest(t["Ask for posts either after a sequence or before one, not both."]);
        }

        if (!long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var beforeSequence) || beforeSequence < 1)
        {
            throw Refusal.BadRequest(t["“before” must be a post's sequence: a whole number from 1."]);
        }

        return TypedResults.Ok(await posts.BeforeAsync(id, beforeSequence, take, viewer));
    }

    private static async Task<Created<PostDto>> Send(int id, SendRequest request, ClaimsPrincipal user, PostingService posting, CancellationToken cancellationToken)
    {
        var post = await posting.SendAsync(id, user.UserId(), request, cancellationToken);
        return TypedResults.Created($"/api/chats/{id}/posts?after={post.Sequence - 1}&limit=1", post);
    }
}
