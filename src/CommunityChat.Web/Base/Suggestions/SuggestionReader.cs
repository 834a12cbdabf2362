using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Base.Suggestions;

/// <summary>
/// The one way audience questions are read (the room's Join, GET /api/chats/{id}/suggestions, broadcasts, the
/// transcript), ranked by votes, then oldest first (SPEC rule 22). Moderators see dismissed ones too; everyone else
/// sees the open and the asked ones.
/// </summary>
public sealed class SuggestionReader(AppDbContext db)
{
    public async Task<IReadOnlyList<SuggestionDto>> ForChatAsync(int chatId, Viewer viewer)
    {
        var query = db.Suggestions.AsNoTracking().Where(s => s.ChatId == chatId);
        if (!viewer.IsModerator)
        {
            query = query.Where(s => s.Status != SuggestionStatus.Dismissed);
        }

        return await ToDtosAsync(Ranked(query), viewer);
    }

    /// <summary>What the transcript keeps (rule 22): the suggestions still open when the chat ended, with their votes.</summary>
    public async Task<IReadOnlyList<SuggestionDto>> NeverAskedAsync(int chatId) =>
        await ToDtosAsync(Ranked(db.Suggestions.AsNoTracking().Where(s => s.ChatId == chatId && s.Status == SuggestionStatus.Open)), Viewer.Public);

    public async Task<SuggestionDto?> FindAsync(long suggestionId, Viewer viewer) =>
        (await ToDtosAsync(db.Suggestions.AsNoTracking().Where(s => s.Id == suggestionId), viewer)).SingleOrDefault();

    private static IQueryable<Suggestion> Ranked(IQueryable<Suggestion> query) =>
        query.OrderByDescending(s => s.Votes).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id);

    private async Task<IReadOnlyList<SuggestionDto>> ToDtosAsync(IQueryable<Suggestion> query, Viewer viewer)
    {
        var rows = await query
            .Select(s => new
            {
                s.Id,
                s.ChatId,
                s.Text,
                Author = new AuthorDto(s.Author.UserName!, s.Author.DisplayName, s.AuthorRole),
                s.Votes,
                s.Status,
                s.QuestionNumber,
                s.CreatedAt,
            })
            .ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var mine = viewer.UserId is { } userId && ids.Count > 0
            ? await db.SuggestionVotes.Where(v => v.UserId == userId && ids.Contains(v.SuggestionId)).Select(v => v.SuggestionId).ToListAsync()
            : [];
        return [.. rows.Select(r => new SuggestionDto(r.Id, r.ChatId, r.Text, r.Author, r.Votes, r.Status, r.QuestionNumber, r.CreatedAt, mine.Contains(r.Id)))];
    }
}
