using System.Security.Claims;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Base.Suggestions;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Suggestions;

public static class SuggestionsApi
{
    public static IEndpointRouteBuilder MapSuggestionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Suggestions");
        var writes = api.MapGroup("").RequireAuthorization().RequireRateLimiting(RateLimits.Writes);

        writes.MapPost("/chats/{id:int}/suggestions", async Task<Created<SuggestionDto>> (int id, SuggestRequest request, ClaimsPrincipal user, SuggestionService suggestions) =>
        {
            var suggestion = await suggestions.SuggestAsync(id, user.UserId(), request.Text);
            return TypedResults.Created($"/api/chats/{id}/suggestions", suggestion);
        });
        writes.MapPost("/suggestions/{id:long}/votes", async Task<Ok<SuggestionDto>> (long id, ClaimsPrincipal user, SuggestionService suggestions) =>
            TypedResults.Ok(await suggestions.VoteAsync(id, user.UserId())));
        writes.MapPost("/suggestions/{id:long}/ask", async Task<Created<PostDto>> (long id, ClaimsPrincipal user, SuggestionService suggestions) =>
        {
            var post = await suggestions.AskAsync(id, user.UserId());
            return TypedResults.Created($"/api/chats/{post.ChatId}/posts?after={post.Sequence - 1}&limit=1", post);
        });
        writes.MapPost("/suggestions/{id:long}/dismiss", async Task<Ok<SuggestionDto>> (long id, ClaimsPrincipal user, SuggestionService suggestions) =>
            TypedResults.Ok(await suggestions.DismissAsync(id, user.UserId())));
        api.MapGet("/chats/{id:int}/suggestions", async Task<Ok<IReadOnlyList<SuggestionDto>>> (int id, ClaimsPrincipal user, SuggestionService suggestions) =>
            TypedResults.Ok(await suggestions.ListAsync(id, user.UserId())));
        return app;
    }
}
