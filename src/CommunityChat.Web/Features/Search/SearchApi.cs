using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Search;

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async Task<Ok<SearchResultsDto>> ([AsParameters] SearchRequest request, SearchService search, CancellationToken cancellationToken) =>
                TypedResults.Ok(await search.SearchAsync(request, cancellationToken)))
            .WithTags("Search")
            .RequireRateLimiting(RateLimits.Searches);
        return app;
    }
}
