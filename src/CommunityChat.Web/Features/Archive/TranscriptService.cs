using CommunityChat.Core.Transcripts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Archive;

/// <summary>
/// Loads a chat's visible posts and asked questions and hands them to the grouping rules in Core (SPEC rule 11).
/// Hidden posts never reach a transcript or an export, whoever asks; unasked questions stay secret after the end too.
/// </summary>
public sealed class TranscriptService(AppDbContext db, IStringLocalizer<SharedResource> t)
{
    public async Task<TranscriptDocument> LoadAsync(int chatId, TranscriptView view = TranscriptView.All)
    {
        var chat = await db.Chats.AsNoTracking()
            .Include(c => c.Community)
            .Include(c => c.Guests).ThenInclude(g => g.User)
            .Include(c => c.Questions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == chatId)
            ?? throw Refusal.NotFound(t["There is no such chat."]);

        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.ChatId == chatId && !p.Hidden)
            .OrderBy(p => p.Sequence)
            .Select(p => new TranscriptPost(
                p.Id,
                p.Sequence,
                p.Kind,
                p.Label,
                p.QuestionNumber,
                p.Part == null ? null : p.Part[0],
                p.ReplyToId,
                new TranscriptAuthor(p.Author.UserName!, p.Author.DisplayName, p.AuthorRole),
                p.Text,
                p.Html,
                new DateTimeOffset(p.CreatedAt),
                p.Likes,
                p.Highlighted))
            .ToListAsync();

        var questions = chat.Questions
            .Where(q => q.AskedAt != null)
            .OrderBy(q => q.Number)
            .Select(q => new TranscriptQuestion(q.Number, q.Text, q.AskedAt is { } at ? new DateTimeOffset(at) : null));
        var guests = chat.Guests
            .Select(g => new TranscriptAuthor(g.User.UserName!, g.User.DisplayName, Core.Posts.AuthorRole.Guest))
            .OrderBy(g => g.Handle)
            .ToList();

        return new TranscriptDocument(
            chat.Title,
            chat.Community.Name,
            chat.Hashtag,
            chat.Topic,
            chat.Format,
            guests,
            chat.StartedAt is { } started ? new DateTimeOffset(started) : null,
            chat.EndedAt is { } ended ? new DateTimeOffset(ended) : null,
            $"/c/{chat.Community.Slug}/{chat.Slug}",
            TranscriptBuilder.Build(questions, posts, view));
    }

    public async Task<string> SlugAsync(int chatId) =>
        await db.Chats.Where(c => c.Id == chatId).Select(c => c.Slug).FirstOrDefaultAsync()
            ?? throw Refusal.NotFound(t["There is no such chat."]);
}
