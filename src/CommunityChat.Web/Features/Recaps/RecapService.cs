using System.Globalization;
using CommunityChat.Core.Posts;
using CommunityChat.Core.Recaps;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Participation;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Recaps;

/// <summary>
/// Drafting, editing and publishing a chat's recap (SPEC rules 10, 24). Drafting writes nothing: the editor shows the
/// result and the moderator saves it, so a new draft never overwrites an edited one unless they say so.
/// </summary>
public sealed class RecapService(
    AppDbContext db,
    ChatReader chats,
    TranscriptReader transcripts,
    Attendances attendances,
    Permissions permissions,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    /// <summary>A recap is an article, not a post: long, but bounded.</summary>
    public const int MaxLength = 100_000;

    public async Task<RecapDraftDto> DraftAsync(int chatId, int? userId, string baseUrl)
    {
        var chat = await RequireModeratorAsync(chatId, userId);
        var document = await transcripts.LoadAsync(chatId);
        var labels = new RecapLabels(t["Guest:"], t["Guests:"], t["Topic:"], t["Format:"], t["More highlights"]);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(chat.Community.TimeZone);
        var thanks = new RecapThanks(t["Thank you to everyone who took part:"], t["First chat"].Value.ToLower(CultureInfo.CurrentCulture), await attendances.NewcomersOfAsync(chat.CommunityId, chatId));
        return new RecapDraftDto(RecapWriter.Write(document, labels, baseUrl, zone, CultureInfo.CurrentUICulture, thanks));
    }

    public async Task<RecapEditorDto> GetForEditorAsync(int chatId, int? userId)
    {
        var chat = await RequireModeratorAsync(chatId, userId);
        var recap = await db.Recaps.AsNoTracking().FirstOrDefaultAsync(r => r.ChatId == chatId);
        return await ToEditorAsync(chat, recap);
    }

    public async Task<RecapEditorDto> SaveAsync(int chatId, int? userId, RecapRequest request)
    {
        var chat = await RequireModeratorAsync(chatId, userId);
        var actor = userId!.Value;
        var markdown = (request.Markdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (markdown.Length > MaxLength)
        {
            throw Refusal.BadRequest(t["A recap is at most {0} characters; this one has {1}.", MaxLength.ToString("N0", CultureInfo.CurrentCulture), markdown.Length.ToString("N0", CultureInfo.CurrentCulture)]);
        }

        if (PostText.HasControlCharacters(markdown))
        {
            throw Refusal.BadRequest(t["Your text contains invisible control characters. Remove them and send again."]);
        }

        if (request.Publish && string.IsNullOrWhiteSpace(markdown))
        {
            throw Refusal.BadRequest(t["Write the recap before publishing it."]);
        }

        if (request.Publish && chat.Status != ChatStatus.Ended)
        {
            throw Refusal.Conflict(t["A recap is published once the chat has ended; save it as a draft until then."]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var recap = await db.Recaps.FirstOrDefaultAsync(r => r.ChatId == chatId);
        if (recap is null)
        {
            recap = new Recap { ChatId = chatId };
            db.Recaps.Add(recap);
        }

        recap.DraftMarkdown = markdown;
        recap.UpdatedAt = now;
        recap.UpdatedById = actor;
        if (request.Publish)
        {
            recap.PublishedMarkdown = markdown;
            recap.PublishedHtml = PostMarkdown.ToHtml(markdown);
            recap.PublishedAt = now;
            // The chat's card links the recap: its mark commits with the recap and the audit entry, in one SaveChanges.
            (await db.Chats.FirstAsync(c => c.Id == chatId)).RecapPublishedAt = now;
            audit.Record(chat.CommunityId, chatId, actor, "recap.published");
        }

        await db.SaveChangesAsync();
        return await ToEditorAsync(chat, recap);
    }

    public async Task<RecapPreviewDto> PreviewAsync(int chatId, int? userId, string? markdown)
    {
        await RequireModeratorAsync(chatId, userId);
        markdown ??= "";
        if (markdown.Length > MaxLength)
        {
            markdown = markdown[..MaxLength];
        }

        return new RecapPreviewDto(PostMarkdown.ToHtml(markdown), await HiddenQuotesAsync(chatId, markdown));
    }

    /// <summary>The published recap, for anyone; a chat without one (or a draft chat) has none.</summary>
    public async Task<(ChatDto Chat, Recap Recap)> PublishedAsync(int chatId, int? userId)
    {
        var chat = await chats.GetAsync(chatId, userId);
        var recap = await db.Recaps.AsNoTracking().FirstOrDefaultAsync(r => r.ChatId == chatId && r.PublishedAt != null)
            ?? throw Refusal.NotFound(t["This chat has no published recap yet."]);
        return (chat, recap);
    }

    private async Task<RecapEditorDto> ToEditorAsync(Chat chat, Recap? recap) => new(
        recap?.DraftMarkdown ?? "",
        recap?.UpdatedAt,
        recap?.PublishedAt,
        recap is { PublishedMarkdown: { } published } && published == recap.DraftMarkdown,
        recap?.PublishedAt is null ? null : ChatUrl.Recap(ChatUrl.For(chat.Community.Slug, chat.Slug)),
        await HiddenQuotesAsync(chat.Id, recap?.DraftMarkdown ?? ""));

    private async Task<IReadOnlyList<HiddenQuote>> HiddenQuotesAsync(int chatId, string markdown)
    {
        var quoted = RecapWriter.QuotedPostIds(markdown);
        if (quoted.Count == 0)
        {
            return [];
        }

        var hidden = await db.Posts.AsNoTracking()
            .Where(p => p.ChatId == chatId && (p.Hidden || p.DeletedAt != null) && quoted.Contains(p.Id))
            .Select(p => new { p.Id, Handle = p.Author.UserName!, p.Label, p.Text, p.HiddenReason, Deleted = p.DeletedAt != null })
            .ToListAsync();
        return hidden
            .OrderBy(p => p.Id)
            .Select(p => new HiddenQuote(p.Id, p.Handle, p.Label, p.Text.Length > 80 ? p.Text[..80] + "…" : p.Text, p.Deleted ? t["deleted by its author"] : p.HiddenReason))
            .ToList();
    }

    private async Task<Chat> RequireModeratorAsync(int chatId, int? userId)
    {
        var chat = await chats.LoadAsync(chatId);
        await permissions.RequireModeratorAsync(userId, chat.CommunityId);
        return chat;
    }
}
