using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Participants;

public static class PeopleApi
{
    /// <summary><c>GET /api/communities/{slug}/people?page=&amp;sort=chats|first</c>: anyone (SPEC rule 32).</summary>
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/communities").WithTags("People")
            .MapGet("/{slug}/people", async Task<Ok<PeopleDto>> (string slug, int? page, string? sort, PeopleService people, CancellationToken cancellationToken) =>
                TypedResults.Ok((await people.ReadAsync(slug, page ?? 1, people.ParseSort(sort), cancellationToken)).Figures));
        return app;
    }
}
