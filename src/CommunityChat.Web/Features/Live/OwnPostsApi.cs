using System.Security.Claims;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Live;

/// <summary>Rule 28 over HTTP: an author edits or deletes their post; moderators read what it said before.</summary>
public static class OwnPostsApi
{
    public static RouteGroupBuilder MapOwnPostsApi(this RouteGroupBuilder api)
    {
        api.MapPut("/posts/{id:long}", Edit).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapDelete("/posts/{id:long}", Delete).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapGet("/posts/{id:long}/revisions", Revisions).RequireAuthorization();
        return api;
    }

    private static async Task<Ok<PostDto>> Edit(long id, EditRequest request, ClaimsPrincipal user, OwnPostsService own, CancellationToken cancellationToken) =>
        TypedResults.Ok(await own.EditAsync(id, user.UserId(), request.Text, cancellationToken));

    private static async Task<NoContent> Delete(long id, ClaimsPrincipal user, OwnPostsService own, CancellationToken cancellationToken)
    {
        await own.DeleteAsync(id, user.UserId(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<PostRevisionDto>>> Revisions(long id, ClaimsPrincipal user, OwnPostsService own) =>
        TypedResults.Ok(await own.RevisionsAsync(id, user.UserId()));
}
