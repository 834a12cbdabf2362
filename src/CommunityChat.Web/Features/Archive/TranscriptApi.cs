using System.Security.Claims;
using System.Text;
using System.Text.Json;
using CommunityChat.Core.Transcripts;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CommunityChat.Web.Features.Archive;

public static class TranscriptApi
{
    public static IEndpointRouteBuilder MapTranscriptApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chats/{id:int}").WithTags("Transcripts");

        api.MapGet("/transcript", async Task<Ok<TranscriptDocument>> (int id, TranscriptView? view, ClaimsPrincipal user, ChatReader chats, TranscriptReader transcripts) =>
        {
            await chats.GetAsync(id, user.UserId()); // a draft does not exist for non-moderators
            return TypedResults.Ok(await transcripts.LoadAsync(id, view ?? TranscriptView.All));
        });
        api.MapGet("/transcript.{format}", Export);
        return app;
    }

    /// <summary>SPEC rule 12: the same posts in four forms, as a download named after the chat.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound>> Export(
        int id, string format, HttpContext context, ChatReader chats, TranscriptReader transcripts, IOptions<JsonOptions> json)
    {
        if (format is not ("md" or "json" or "csv" or "txt"))
        {
            return TypedResults.NotFound();
        }

        var chat = await chats.GetAsync(id, context.User.UserId()); // a draft does not exist for non-moderators
        // An export leaves the site: its link to the chat is absolute (SPEC rule 31).
        var loaded = await transcripts.LoadAsync(id);
        var document = loaded with { Url = PublicUrl.Of(context) + loaded.Url };
        var (text, contentType) = format switch
        {
            "md" => (TranscriptExport.ToMarkdown(document), "text/markdown; charset=utf-8"),
            "json" => (JsonSerializer.Serialize(document, json.Value.SerializerOptions), "application/json; charset=utf-8"),
            // Spreadsheet programs need the byte order mark to read UTF-8.
            "csv" => ("\uFEFF" + TranscriptExport.ToCsv(document), "text/csv; charset=utf-8"),
            _ => (TranscriptExport.ToTweetText(document), "text/plain; charset=utf-8"),
        };
        var fileName = $"{chat.Slug}.{format}";
        return TypedResults.File(Encoding.UTF8.GetBytes(text), contentType, fileName);
    }
}
