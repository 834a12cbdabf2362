using System.Security.Claims;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Reports;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reports").RequireAuthorization().RequireRateLimiting(RateLimits.Writes);

        api.MapPost("/posts/{id:long}/reports", Report);
        api.MapGet("/communities/{slug}/reports", async Task<Ok<IReadOnlyList<ReportItemDto>>> (string slug, ClaimsPrincipal user, ReportService reports) =>
            TypedResults.Ok(await reports.QueueAsync(slug, user.UserId())));
        return app;
    }

    /// <summary>201 for a new report; 200 with the same report when the person's report of this post is still open.</summary>
    private static async Task<Results<Created<ReportDto>, Ok<ReportDto>>> Report(long id, ReportRequest? request, ClaimsPrincipal user, ReportService reports)
    {
        var (report, created) = await reports.ReportAsync(id, user.UserId(), request?.Reason);
        return created ? TypedResults.Created($"/api/posts/{id}/reports/{report.Id}", report) : TypedResults.Ok(report);
    }
}
