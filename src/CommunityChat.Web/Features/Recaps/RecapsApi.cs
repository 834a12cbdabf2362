using System.Security.Claims;
using System.Text;
using CommunityChat.Core.Recaps;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Recaps;

public static class RecapsApi
{
    public static IEndpointRouteBuilder MapRecapsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chats/{id:int}").WithTags("Recaps");

        // Anyone, once published (SPEC rule 24).
        api.MapGet("/recap.md", async (int id, ClaimsPrincipal user, RecapService recaps) =>
        {
            var (chat, recap) = await recaps.PublishedAsync(id, user.UserId());
            return TypedResults.File(Encoding.UTF8.GetBytes(recap.PublishedMarkdown!), "text/markdown; charset=utf-8", $"{chat.Slug}-recap.md");
        });
        api.MapGet("/recap.html", async (int id, HttpContext context, RecapService recaps) =>
        {
            var (_, recap) = await recaps.PublishedAsync(id, context.User.UserId());
            return TypedResults.Text(RecapWriter.AbsoluteLinks(recap.PublishedHtml!, PublicUrl.Of(context)), "text/html; charset=utf-8");
        });

        var moderate = api.MapGroup("/recap").RequireAuthorization().RequireRateLimiting(RateLimits.Writes);
        moderate.MapGet("", async Task<Ok<RecapEditorDto>> (int id, ClaimsPrincipal user, RecapService recaps) =>
            TypedResults.Ok(await recaps.GetForEditorAsync(id, user.UserId())));
        moderate.MapPost("/draft", async Task<Ok<RecapDraftDto>> (int id, HttpContext context, RecapService recaps) =>
            TypedResults.Ok(await recaps.DraftAsync(id, context.User.UserId(), PublicUrl.Of(context))));
        moderate.MapPut("", async Task<Ok<RecapEditorDto>> (int id, RecapRequest request, ClaimsPrincipal user, RecapService recaps) =>
            TypedResults.Ok(await recaps.SaveAsync(id, user.UserId(), request)));
        moderate.MapPost("/preview", async Task<Ok<RecapPreviewDto>> (int id, RecapPreviewRequest request, ClaimsPrincipal user, RecapService recaps) =>
            TypedResults.Ok(await recaps.PreviewAsync(id, user.UserId(), request.Markdown)));
        return app;
    }
}
