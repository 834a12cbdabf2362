using System.Globalization;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// Changing a plan and deleting a chat (SPEC rule 27). Before the start everything can change; while live, the card,
/// autopilot and the unasked questions can, and an asked question's text can be corrected (its post too, marked
/// edited, the old text kept as a revision, broadcast at once, audited); an ended chat's plan is closed.
/// <para>
/// Every change bumps <see cref="Chat.PlanVersion"/> as the first statement of its transaction, so changes queue on the
/// chat's row (PostgreSQL) or the database (SQLite) as posts do. A change made from a known version bumps only if the
/// version is still that one: of two saves from the same version one wins and the other is refused, never lost.
/// </para>
/// </summary>
public sealed class PlanChanges(
    AppDbContext db,
    Permissions permissions,
    ChatReader chats,
    ChatEvents events,
    AuditLog audit,
    PlanRules rules,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public async Task<ChatDto> ChangeAsync(int chatId, int? userId, PlanChatRequest request, int? fromVersion)
    {
        var actor = await RequireModeratorAsync(chatId, userId);
        var now = clock.GetUtcNow().UtcDateTime;
        List<Post> corrected;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await BumpVersionAsync(chatId, fromVersion);
            var chat = await db.Chats
                .Include(c => c.Community)
                .Include(c => c.Questions)
                .Include(c => c.Guests)
                .AsSplitQuery()
                .FirstAsync(c => c.Id == chatId);
            if (chat.Status == ChatStatus.Ended)
            {
                throw Refusal.Conflict(t["This chat has ended: its plan can't change any more."]);
            }

            var changed = new List<string>();
            var wasDraft = chat.Status == ChatStatus.Draft;
            await ChangeCardAsync(chat, request, changed);
            corrected = await ChangeQuestionsAsync(chat, request, actor, now, wasDraft, changed);
            if (chat.Status != ChatStatus.Draft)
            {
                rules.RequireTexts(chat.Questions);
            }

            if (changed.Count == 0)
            {
                // Nothing to change: the version bump rolls back, so nobody else's save is made stale by it.
                await transaction.RollbackAsync();
                return await chats.GetAsync(chatId, actor);
            }

            audit.Record(chat.CommunityId, chat.Id, actor, "chat.plan.changed", chat.Slug, Limit(string.Join(", ", changed)));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        foreach (var post in corrected)
        {
            await events.PostChanged(PostDto.From(post));
        }

        var (forModerators, forEveryone) = await chats.GetBothViewsAsync(chatId);
        await events.ChatChanged(forModerators, forEveryone);
        return forModerators;
    }

    /// <summary>A draft or scheduled chat goes, with its plan; a live or ended one stays (409).</summary>
    public async Task DeleteAsync(int chatId, int? userId, int? fromVersion)
    {
        var actor = await RequireModeratorAsync(chatId, userId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await BumpVersionAsync(chatId, fromVersion);
        var chat = await db.Chats.FirstAsync(c => c.Id == chatId);
        if (chat.Status is ChatStatus.Live or ChatStatus.Ended)
        {
            throw Refusal.Conflict(chat.Status == ChatStatus.Live
                ? t["A live chat can't be deleted. End it instead."]
                : t["An ended chat can't be deleted: its transcript is part of the archive."]);
        }

        db.Chats.Remove(chat);
        audit.Record(chat.CommunityId, chat.Id, actor, "chat.deleted", chat.Slug, chat.Title);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>An unknown chat, or a draft to someone who isn't its moderator, is not found; otherwise 401/403.</summary>
    private async Task<int> RequireModeratorAsync(int chatId, int? userId)
    {
        var communityId = await chats.CommunityIdAsync(chatId);
        await chats.ViewerAsync(chatId, userId);
        return await permissions.RequireModeratorAsync(userId, communityId);
    }

    private async Task BumpVersionAsync(int chatId, int? fromVersion)
    {
        var bumped = await db.Chats
            .Where(c => c.Id == chatId && (fromVersion == null || c.PlanVersion == fromVersion))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PlanVersion, c => c.PlanVersion + 1));
        if (bumped == 0)
        {
            throw await db.Chats.AnyAsync(c => c.Id == chatId)
                ? Refusal.Conflict(t["Someone else changed this plan while you were editing it. Reload to see their changes."])
                : Refusal.NotFound(t["There is no such chat."]);
        }
    }

    private async Task ChangeCardAsync(Chat chat, PlanChatRequest request, List<string> changed)
    {
        var started = chat.Status == ChatStatus.Live;
        if (request.Title is not null && Set(chat.Title, rules.Title(request.Title), v => chat.Title = v))
        {
            changed.Add("title");
        }

        if (request.Topic is not null && Set(chat.Topic, PlanRules.Limit(request.Topic), v => chat.Topic = v))
        {
            changed.Add("topic");
        }

        if (request.Format is not null && Set(chat.Format, PlanRules.Limit(request.Format), v => chat.Format = v))
        {
            changed.Add("format");
        }

        if (request.Autopilot is { } autopilot && Set(chat.Autopilot, autopilot, v => chat.Autopilot = v))
        {
            changed.Add(autopilot ? "autopilot on" : "autopilot off");
        }

        if (request.Hashtag is not null)
        {
            var hashtag = rules.Hashtag(request.Hashtag, chat.Community.Hashtag);
            if (!string.Equals(hashtag, chat.Hashtag, StringComparison.Ordinal))
            {
                RefuseOnceStarted(started, t["The hashtag can't change once the chat has started: posts already carry it."]);
                chat.Hashtag = hashtag;
                changed.Add("hashtag");
            }
        }

        if (request.ScheduledStart is not null || request.DurationMinutes is not null)
        {
            var start = request.ScheduledStart is null ? chat.ScheduledStart : rules.Start(request.ScheduledStart);
            var duration = rules.Duration(request.DurationMinutes ?? chat.DurationMinutes);
            if (start != chat.ScheduledStart || duration != chat.DurationMinutes)
            {
                RefuseOnceStarted(started, t["The schedule can't change once the chat has started."]);
                (chat.ScheduledStart, chat.DurationMinutes) = (start, duration);
                changed.Add("schedule");
            }
        }

        if (request.Guests is not null)
        {
            var guests = await rules.GuestsAsync(request.Guests);
            if (!guests.Order().SequenceEqual(chat.Guests.Select(g => g.UserId).Order()))
            {
                RefuseOnceStarted(started, t["Guests can't change once the chat has started."]);
                chat.Guests.RemoveAll(g => !guests.Contains(g.UserId));
                chat.Guests.AddRange(guests.Where(id => chat.Guests.All(g => g.UserId != id)).Select(id => new ChatGuest { UserId = id }));
                changed.Add("guests");
            }
        }

        if (request.Draft is { } draft && draft != (chat.Status == ChatStatus.Draft))
        {
            RefuseOnceStarted(started, t["A live chat can't go back to being a draft."]);
            chat.Status = draft ? ChatStatus.Draft : ChatStatus.Scheduled;
            changed.Add(draft ? "draft" : "scheduled");
        }
    }

    /// <summary>
    /// The whole planned list replaces the old one, question by question (by number). Asked questions stay: their text
    /// may be corrected, and the correction reaches their posts. Returns the corrected posts, to broadcast after commit.
    /// </summary>
    /// <param name="wasDraft">A draft's questions may be empty (also while it is being scheduled: the caller then names the empty one).</param>
    private async Task<List<Post>> ChangeQuestionsAsync(Chat chat, PlanChatRequest request, int actor, DateTime now, bool wasDraft, List<string> changed)
    {
        if (request.Questions is null && request.DurationMinutes is null)
        {
            return [];
        }

        var planned = request.Questions
            ?? chat.Questions.Select(q => new PlannedQuestion(q.Number, q.Text, q.OffsetMinutes)).ToList();
        var wanted = rules.Questions(planned, chat.DurationMinutes, chat.Community.MaxPostLength, draft: wasDraft || chat.Status == ChatStatus.Draft)
            .ToDictionary(q => q.Number);
        var corrected = new List<Post>();
        foreach (var question in chat.Questions.ToList())
        {
            var label = "Q" + question.Number.ToString(CultureInfo.InvariantCulture);
            if (!wanted.Remove(question.Number, out var next))
            {
                if (question.AskedAt is not null)
                {
                    throw Refusal.Conflict(t["Q{0} has been asked: it can't be removed. Correct its text instead.", question.Number]);
                }

                chat.Questions.Remove(question);
                db.Questions.Remove(question);
                changed.Add(label + " removed");
                continue;
            }

            if (question.AskedAt is null && question.OffsetMinutes != next.OffsetMinutes)
            {
                question.OffsetMinutes = next.OffsetMinutes;
                changed.Add(label + " timed");
            }

            if (!string.Equals(question.Text, next.Text, StringComparison.Ordinal))
            {
                if (question.AskedAt is not null && await CorrectAskedAsync(chat, question, next.Text, actor, now) is { } post)
                {
                    corrected.Add(post);
                }

                question.Text = next.Text;
                changed.Add(label + (question.AskedAt is null ? " edited" : " corrected"));
            }
        }

        foreach (var added in wanted.Values.OrderBy(q => q.Number))
        {
            chat.Questions.Add(added);
            changed.Add("Q" + added.Number.ToString(CultureInfo.InvariantCulture) + " added");
        }

        return corrected;
    }

    /// <summary>The asked question's post takes the new text, marked edited; the old text is kept and the fix audited.</summary>
    private async Task<Post?> CorrectAskedAsync(Chat chat, Question question, string text, int actor, DateTime now)
    {
        var label = "Q" + question.Number.ToString(CultureInfo.InvariantCulture);
        audit.Record(chat.CommunityId, chat.Id, actor, "question.corrected", label, Limit(question.Text));
        var post = await db.Posts.Include(p => p.Author)
            .FirstOrDefaultAsync(p => p.ChatId == chat.Id && p.Kind == PostKind.Question && p.QuestionNumber == question.Number);
        if (post is null)
        {
            return null;
        }

        db.PostRevisions.Add(new PostRevision { PostId = post.Id, Text = post.Text, ReplacedAt = now, EditedById = actor });
        post.Text = text;
        post.Html = PostMarkdown.ToHtml(text);
        post.EditedAt = now;
        return post;
    }

    /// <summary>An audit detail's column holds 1,000 characters.</summary>
    private static string Limit(string detail) => detail.Length <= 1000 ? detail : detail[..1000];

    private static bool Set<T>(T current, T next, Action<T> set)
    {
        if (EqualityComparer<T>.Default.Equals(current, next))
        {
            return false;
        }

        set(next);
        return true;
    }

    private static void RefuseOnceStarted(bool started, string sentence)
    {
        if (started)
        {
            throw Refusal.Conflict(sentence);
        }
    }
}
