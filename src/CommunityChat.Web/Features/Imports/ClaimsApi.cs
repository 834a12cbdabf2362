using System.Security.Claims;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Imports;

/// <summary>Claiming imported profiles (extensions to SPEC rule 15's "unclaimed profiles").</summary>
public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Claims").RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        api.MapPost("/claims", async Task<Created<ClaimDto>> (ClaimRequest request, ClaimsPrincipal user, ClaimService claims) =>
            TypedResults.Created("/api/claims", await claims.RequestAsync(user.UserId(), request.Handle)));
        api.MapGet("/claims", async Task<Ok<List<ClaimDto>>> (ClaimsPrincipal user, ClaimService claims) =>
            TypedResults.Ok(await claims.MineAsync(user.UserId())));
        api.MapGet("/communities/{slug}/claims", async Task<Ok<List<ClaimDto>>> (string slug, ClaimsPrincipal user, ClaimService claims) =>
            TypedResults.Ok(await claims.PendingAsync(slug, user.UserId())));
        api.MapPost("/claims/{id:int}/confirm", async Task<Ok<ClaimDto>> (int id, ClaimsPrincipal user, ClaimService claims) =>
            TypedResults.Ok(await claims.DecideAsync(id, user.UserId(), confirm: true)));
        api.MapPost("/claims/{id:int}/decline", async Task<Ok<ClaimDto>> (int id, ClaimsPrincipal user, ClaimService claims) =>
            TypedResults.Ok(await claims.DecideAsync(id, user.UserId(), confirm: false)));
        return app;
    }
}
