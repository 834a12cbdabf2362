using System.Security.Claims;
using CommunityChat.Web.Base.Polls;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Polls;

public static class PollsApi
{
    public static IEndpointRouteBuilder MapPollsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Polls");
        var writes = api.MapGroup("").RequireAuthorization().RequireRateLimiting(RateLimits.Writes);

        writes.MapPost("/chats/{id:int}/polls", async Task<Created<PollDto>> (int id, OpenPollRequest request, ClaimsPrincipal user, PollService polls) =>
        {
            var poll = await polls.OpenAsync(id, user.UserId(), request);
            return TypedResults.Created($"/api/chats/{id}/polls", poll);
        });
        writes.MapPost("/polls/{id:long}/votes", async Task<Ok<PollDto>> (long id, VoteRequest request, ClaimsPrincipal user, PollService polls) =>
            TypedResults.Ok(await polls.VoteAsync(id, user.UserId(), request.Option)));
        api.MapGet("/chats/{id:int}/polls", async Task<Ok<IReadOnlyList<PollDto>>> (int id, ClaimsPrincipal user, PollService polls) =>
            TypedResults.Ok(await polls.ListAsync(id, user.UserId())));
        return app;
    }
}
