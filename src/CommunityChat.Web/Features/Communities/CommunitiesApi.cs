using System.Security.Claims;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Communities;

public static class CommunitiesApi
{
    public static IEndpointRouteBuilder MapCommunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/communities").WithTags("Communities");

        api.MapGet("/", async (CommunityReader communities) => TypedResults.Ok(await communities.ListAsync()));
        api.MapGet("/{slug}", async (string slug, CommunityReader communities) => TypedResults.Ok(await communities.GetAsync(slug)));
        api.MapPost("/", Create).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapPut("/{slug}/moderators/{handle}", NameModerator).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapDelete("/{slug}/moderators/{handle}", RemoveModerator).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapPut("/{slug}/settings", async Task<Ok<CommunitySettingsDto>> (string slug, CommunitySettingsRequest request, ClaimsPrincipal user, CommunitySettings settings) =>
            TypedResults.Ok(await settings.UpdateAsync(slug, user.UserId(), request))).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapPost("/{slug}/agreement", async Task<NoContent> (string slug, ClaimsPrincipal user, CodeOfConduct conduct) =>
        {
            await conduct.AgreeAsync(slug, user.UserId());
            return TypedResults.NoContent();
        }).RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        return app;
    }

    private static async Task<Created<CommunityDto>> Create(CreateCommunityRequest request, ClaimsPrincipal user, CommunityService communities)
    {
        var community = await communities.CreateAsync(user.UserId(), request);
        return TypedResults.Created($"/api/communities/{community.Slug}", community);
    }

    private static async Task<NoContent> NameModerator(string slug, string handle, ClaimsPrincipal user, CommunityService communities)
    {
        await communities.NameModeratorAsync(user.UserId(), slug, handle);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveModerator(string slug, string handle, ClaimsPrincipal user, CommunityService communities)
    {
        await communities.RemoveModeratorAsync(user.UserId(), slug, handle);
        return TypedResults.NoContent();
    }
}
