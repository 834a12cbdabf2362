using System.Security.Claims;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

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

    private static async Task<Ok<List<PostDto>>> ReadPosts(int id, long? after, int? limit, ClaimsPrincipal user, RoomSnapshot snapshot, PostReader posts)
    {
        var viewer = await snapshot.RequireViewerAsync(id, user.UserId());
        var take = Math.Clamp(limit ?? 100, 1, PostReader.MaxPostsPerRead);
        return TypedResults.Ok(await posts.AfterAsync(id, after ?? 0, take, viewer));
    }

    private static async Task<Created<PostDto>> Send(int id, SendRequest request, ClaimsPrincipal user, PostingService posting, CancellationToken cancellationToken)
    {
        var post = await posting.SendAsync(id, user.UserId(), request, cancellationToken);
        return TypedResults.Created($"/api/chats/{id}/posts?after={post.Sequence - 1}&limit=1", post);
    }
}
