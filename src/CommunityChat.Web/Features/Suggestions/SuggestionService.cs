using System.Globalization;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Base.Suggestions;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Suggestions;

/// <summary>
/// Audience questions (SPEC rule 22), for the API and the hub alike: participants suggest and upvote (one vote each,
/// final; the database's key refuses a second one even when two race), moderators ask one (it becomes the next Qn,
/// asked through <see cref="QuestionAsking"/>, the path planned questions take) or dismiss it. Every change is
/// committed first, then told to the room (<see cref="SuggestionEvents"/>).
/// </summary>
public sealed class SuggestionService(
    AppDbContext db,
    Permissions permissions,
    ChatReader chats,
    SuggestionReader reader,
    SuggestionEvents events,
    QuestionAsking asking,
    AuditLog audit,
    ActionThrottle throttle,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    /// <summary>
    /// Room kept for the credit ("\n\n— suggested by @" and a handle of at most 15): asked, a suggestion must still fit
    /// a planned question's length (PlanRules: the longest post, at least 500), so the plan can be edited later (rule 27).
    /// </summary>
    public const int CreditRoom = 40;

    /// <summary>The Questions table's text column.</summary>
    private const int MaxQuestionText = 2000;

    public async Task<SuggestionDto> SuggestAsync(int chatId, int? userId, string? text)
    {
        var authorId = permissions.RequireSignedIn(userId);
        var chat = await db.Chats.AsNoTracking().Include(c => c.Community).Include(c => c.Guests).FirstOrDefaultAsync(c => c.Id == chatId)
            ?? throw NoChat();
        var viewer = await permissions.ViewerAsync(authorId, chat.CommunityId);
        if (chat.Status == ChatStatus.Draft && !viewer.IsModerator)
        {
            throw NoChat();
        }

        RequireLive(chat.Status);
        var now = clock.GetUtcNow().UtcDateTime;
        await permissions.RequireNotBannedAsync(chat.CommunityId, authorId, now);
        var body = PostText.Normalize(text ?? "");
        var maxPost = chat.Community.MaxPostLength;
        CheckText(body, Math.Min(maxPost, Math.Max(maxPost, 500) - CreditRoom), chat.Hashtag);
        if (!throttle.TryTake(ActionThrottle.Suggest, authorId))
        {
            throw Refusal.TooManyRequests(t["You're suggesting questions very fast. Wait a moment and try again."]);
        }

        var suggestion = new Suggestion
        {
            ChatId = chatId,
            AuthorId = authorId,
            AuthorRole = chat.HostId == authorId ? AuthorRole.Host
                : chat.Guests.Any(g => g.UserId == authorId) ? AuthorRole.Guest
                : viewer.IsModerator ? AuthorRole.Moderator
                : AuthorRole.Participant,
            Text = body,
            Status = SuggestionStatus.Open,
            CreatedAt = now,
        };
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync();
        await events.ChangedAsync(suggestion.Id);
        return await reader.FindAsync(suggestion.Id, viewer) ?? throw NotFound();
    }

    public async Task<SuggestionDto> VoteAsync(long suggestionId, int? userId)
    {
        var voterId = permissions.RequireSignedIn(userId);
        var (suggestion, chat, viewer) = await FindAsync(suggestionId, voterId);
        var now = clock.GetUtcNow().UtcDateTime;
        await permissions.RequireNotBannedAsync(chat.CommunityId, voterId, now);
        RequireLive(chat.Status);
        RequireOpen(suggestion.Status);
        if (suggestion.AuthorId == voterId)
        {
            throw Refusal.Conflict(t["This is your own suggestion: the others vote for it."]);
        }

        if (await db.SuggestionVotes.AnyAsync(v => v.SuggestionId == suggestionId && v.UserId == voterId))
        {
            throw AlreadyVoted();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.SuggestionVotes.Add(new SuggestionVote { SuggestionId = suggestionId, UserId = voterId, VotedAt = now });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Two votes from one account at once: the key let one in; this is the other.
                db.ChangeTracker.Clear();
                throw AlreadyVoted();
            }

            await db.Suggestions.Where(s => s.Id == suggestionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Votes, x => x.Votes + 1));
            await transaction.CommitAsync();
        }

        events.VotesChanged(suggestionId);
        return await reader.FindAsync(suggestionId, viewer) ?? throw NotFound();
    }

    /// <summary>
    /// The suggestion becomes the chat's next question (after every planned one: with 8 planned, Q9), crediting who
    /// suggested it, and is asked at once. Numbering, the status change and the Qn post are one transaction under the
    /// chat's sequence lock, so two moderators asking at once get two numbers, or one of them a refusal.
    /// </summary>
    public async Task<PostDto> AskAsync(long suggestionId, int? userId)
    {
        var (found, chat, _) = await FindAsync(suggestionId, userId);
        var moderatorId = await permissions.RequireModeratorAsync(userId, chat.CommunityId);
        if (chat.Status != ChatStatus.Live)
        {
            throw Refusal.Conflict(chat.Status == ChatStatus.Ended ? t["This chat has already ended."] : t["Start the chat before asking questions."]);
        }

        RequireOpen(found.Status);
        var post = await asking.AskAsync(chat.CommunityId, found.ChatId, moderatorId, async now =>
        {
            var suggestion = await db.Suggestions.Include(s => s.Author).FirstAsync(s => s.Id == suggestionId);
            RequireOpen(suggestion.Status);
            var text = Credited(suggestion);
            if (text.Length > MaxQuestionText)
            {
                throw Refusal.Conflict(t["This suggestion is too long to be asked as a question."]);
            }

            var number = (await db.Questions.Where(q => q.ChatId == suggestion.ChatId).MaxAsync(q => (int?)q.Number) ?? 0) + 1;
            var question = new Question { ChatId = suggestion.ChatId, Number = number, Text = text };
            db.Questions.Add(question);
            suggestion.Status = SuggestionStatus.Asked;
            suggestion.QuestionNumber = number;
            suggestion.HandledById = moderatorId;
            suggestion.HandledAt = now;
            audit.Record(chat.CommunityId, suggestion.ChatId, moderatorId, "suggestion.asked", "Q" + number.ToString(CultureInfo.InvariantCulture), Limit(suggestion.Text));
            return question;
        });

        // The chat's list of questions grew: QuestionAsking sent ChatChanged, so the console's list and the room follow.
        await events.ChangedAsync(suggestionId);
        return post;
    }

    /// <summary>Dismissed suggestions leave the room's list and the transcript; moderators still see them.</summary>
    public async Task<SuggestionDto> DismissAsync(long suggestionId, int? userId)
    {
        var (suggestion, chat, viewer) = await FindAsync(suggestionId, userId);
        var moderatorId = await permissions.RequireModeratorAsync(userId, chat.CommunityId);
        RequireOpen(suggestion.Status);
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var mine = await db.Suggestions.Where(s => s.Id == suggestionId && s.Status == SuggestionStatus.Open)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, SuggestionStatus.Dismissed)
                    .SetProperty(x => x.HandledById, moderatorId)
                    .SetProperty(x => x.HandledAt, now));
            if (mine == 0)
            {
                // A co-moderator asked or dismissed it a moment ago.
                var status = await db.Suggestions.Where(s => s.Id == suggestionId).Select(s => s.Status).FirstAsync();
                RequireOpen(status);
            }

            audit.Record(chat.CommunityId, suggestion.ChatId, moderatorId, "suggestion.dismissed", "suggestion " + suggestionId.ToString(CultureInfo.InvariantCulture), Limit(suggestion.Text));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await events.ChangedAsync(suggestionId);
        return await reader.FindAsync(suggestionId, viewer) ?? throw NotFound();
    }

    /// <summary>GET /api/chats/{id}/suggestions: ranked by votes, then oldest first; dismissed ones only for moderators.</summary>
    public async Task<IReadOnlyList<SuggestionDto>> ListAsync(int chatId, int? userId) =>
        await reader.ForChatAsync(chatId, await chats.ViewerAsync(chatId, userId));

    /// <summary>The asked question's text: the suggestion, then who suggested it (an @handle, a link in the post).</summary>
    private static string Credited(Suggestion suggestion) => $"{suggestion.Text}\n\n— suggested by @{suggestion.Author.UserName}";

    private async Task<(Suggestion Suggestion, Chat Chat, Viewer Viewer)> FindAsync(long suggestionId, int? userId)
    {
        var suggestion = await db.Suggestions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == suggestionId) ?? throw NotFound();
        var chat = await db.Chats.AsNoTracking().FirstAsync(c => c.Id == suggestion.ChatId);
        var viewer = await permissions.ViewerAsync(userId, chat.CommunityId);
        if (chat.Status == ChatStatus.Draft && !viewer.IsModerator)
        {
            throw NotFound();
        }

        if (suggestion.Status == SuggestionStatus.Dismissed && !viewer.IsModerator)
        {
            throw NotFound();
        }

        return (suggestion, chat, viewer);
    }

    private void RequireLive(ChatStatus status)
    {
        switch (status)
        {
            case ChatStatus.Ended:
                throw Refusal.Conflict(t["This chat has ended; its transcript is read-only."]);
            case ChatStatus.Draft or ChatStatus.Scheduled:
                throw Refusal.Conflict(t["This chat hasn't started yet."]);
        }
    }

    private void RequireOpen(SuggestionStatus status)
    {
        switch (status)
        {
            case SuggestionStatus.Asked:
                throw Refusal.Conflict(t["This suggestion has already been asked."]);
            case SuggestionStatus.Dismissed:
                throw Refusal.Conflict(t["This suggestion has been dismissed."]);
        }
    }

    /// <summary>Rule 4's text checks, with the sentences posts get.</summary>
    private void CheckText(string body, int maxLength, string hashtag)
    {
        var check = PostText.Check(body, maxLength, hashtag);
        switch (check.Problem)
        {
            case TextProblem.Empty:
                throw Refusal.BadRequest(t["Write something before sending."]);
            case TextProblem.ControlCharacters:
                throw Refusal.BadRequest(t["Your text contains invisible control characters. Remove them and send again."]);
            case TextProblem.TooLong:
                throw Refusal.BadRequest(t["Your text is {0} characters; the limit is {1}. Shorten it by {2}.", check.Length, check.MaxLength, check.Length - check.MaxLength]);
        }
    }

    /// <summary>An audit detail's column holds 1,000 characters.</summary>
    private static string Limit(string detail) => detail.Length <= 1000 ? detail : detail[..1000];

    private Refusal AlreadyVoted() => Refusal.Conflict(t["You've already voted for this suggestion."]);

    private Refusal NoChat() => Refusal.NotFound(t["There is no such chat."]);

    private Refusal NotFound() => Refusal.NotFound(t["There is no such suggestion."]);
}
