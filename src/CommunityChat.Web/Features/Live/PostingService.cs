using System.Globalization;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Participation;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// The one writer path for participants' posts: the hub's Send and the API's POST both come here.
/// It checks every rule, commits, and only then broadcasts and returns (SPEC rules 3, 4, 6, 8). A participant's post
/// is held for a moderator when the chat approves before publish or the post has a blocked word (rule 20): committed
/// the same way, but without a sequence, and told only to its author and the moderators.
/// </summary>
public sealed class PostingService(
    PostWriter writer,
    ChatEvents events,
    Permissions permissions,
    FloodLimits limits,
    CodeOfConduct conduct,
    Newcomers newcomers,
    IMemoryCache cache,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    /// <summary>Longer text is rendered only once it passed the length check (under the lock), so it costs nothing when refused.</summary>
    private const int MaxTextRenderedBeforeChecks = 8_000;

    private static readonly MemoryCacheEntryOptions Remembered = new() { SlidingExpiration = TimeSpan.FromHours(3) };

    public async Task<PostDto> SendAsync(int chatId, int? userId, SendRequest request, CancellationToken cancellationToken = default)
    {
        var authorId = permissions.RequireSignedIn(userId);
        var now = clock.GetUtcNow().UtcDateTime;

        // Outside the lock: only what must be serial runs in the writer. Markdown too, unless the text is far longer than
        // any post may be: then the writer renders it only if its checks pass.
        var shape = Shape(PostText.Normalize(request.Text ?? ""), request.QuestionNumber);
        var html = shape.Body.Length <= MaxTextRenderedBeforeChecks ? PostMarkdown.ToHtml(shape.Body) : null;
        var newcomer = await newcomers.IsNewcomerAsync(chatId, authorId, cancellationToken); // rule 32
        User? author = null;

        // Checked and built by the writer under the chat's lock, on its own context, with the standing of everyone
        // posting in the same group read at once: see PostWriter and PostBatch.
        var post = await writer.WriteAsync(chatId, authorId, async batch =>
        {
            var standing = await PostingStanding.ReadAsync(batch, authorId) ?? throw Refusal.NotFound(t["There is no such chat."]);
            var chat = standing.Chat;
            author = standing.Author;
            RequireLive(chat);
            if (standing.BannedAt(now))
            {
                throw permissions.Banned(standing.BannedForGood ? null : standing.BanEnds);
            }

            var role = chat.HostId == authorId ? AuthorRole.Host
                : standing.Guest ? AuthorRole.Guest
                : standing.Moderator ? AuthorRole.Moderator
                : AuthorRole.Participant;
            var privileged = role is not AuthorRole.Participant;
            if (chat.Locked && !privileged)
            {
                throw Refusal.Forbidden(t["The chat is locked: only guests and moderators can post right now."]);
            }

            if (!privileged)
            {
                conduct.RequireAgreed(chat.Community, standing.Agreed);
            }

            CheckText(shape.Body, chat.Community.MaxPostLength, chat.Hashtag);
            html ??= PostMarkdown.ToHtml(shape.Body);
            var blocked = privileged ? null : BlockedWords.FindIn(shape.Body, chat.Community.BlockedWords);
            var mine = await AuthorPostsAsync(batch, chat, authorId, privileged, shape.Question, now);
            if (!privileged)
            {
                RequireCalm(chat, mine, shape.Body, shape.Question, now);
            }

            var draft = new Post
            {
                AuthorId = authorId,
                AuthorRole = role,
                Text = shape.Body,
                Html = html,
                CreatedAt = now,
                Kind = PostKind.Comment,
                HeldFor = blocked,
                Held = !privileged && (chat.Premoderation || blocked is not null),
                ByNewcomer = newcomer,
            };
            if (request.ReplyToId is { } replyToId)
            {
                var parent = await batch.Db.Posts.AsNoTracking().Where(PostVisibility.VisibleTo(Viewer.Public)).FirstOrDefaultAsync(p => p.Id == replyToId && p.ChatId == chatId)
                    ?? throw Refusal.BadRequest(t["The post you're replying to is gone."]);
                draft.ReplyToId = parent.Id;
                draft.Kind = PostKind.Reply;
                draft.QuestionNumber = parent.QuestionNumber;
            }

            if (shape.Question is { } number)
            {
                await LabelAnswerAsync(batch.Db, draft, chatId, number, shape.Part, mine);
            }

            return draft;
        }, shape.Question);

        newcomers.Remember(chatId, authorId, post.ByNewcomer);
        post.Author = author!;
        var dto = PostDto.From(post);
        await (post.Held ? events.PostHeld(dto, authorId) : events.PostAdded(dto));
        return dto;
    }

    private async Task LabelAnswerAsync(AppDbContext w, Post draft, int chatId, int number, char? requestedPart, IReadOnlyList<AuthorPost> mine)
    {
        // A question once asked stays asked: remembered, so the burst of answers after it asks the database once.
        var key = (nameof(Question.AskedAt), chatId, number);
        if (!cache.TryGetValue(key, out _))
        {
            if (!await w.Questions.AnyAsync(q => q.ChatId == chatId && q.Number == number && q.AskedAt != null))
            {
                throw Refusal.BadRequest(t["Q{0} hasn't been asked yet.", number]);
            }

            cache.Set(key, true, Remembered);
        }

        // Read inside the sequence transaction (AuthorPostsAsync): two quick answers by one author cannot take the same
        // letter. A held answer keeps its letter; a rejected one frees it.
        var used = mine
            .Where(p => p.Kind == PostKind.Answer && p.QuestionNumber == number && !p.Deleted && !p.Rejected)
            .Select(p => p.Part)
            .ToList();
        var assignment = AnswerLettering.Assign(number, requestedPart, used.Select(p => p is { Length: 1 } ? (char?)p[0] : null).ToList());
        if (assignment.Label is not { } label)
        {
            var written = new AnswerLabel(number, requestedPart).ToString();
            throw Refusal.Conflict(assignment.Refusal == LetterRefusal.LetterAlreadyUsed
                ? t["You already posted {0}. Use another letter, or leave the letter off and it's added for you.", written]
                : t["You've used every letter for A{0}.", number]);
        }

        draft.Kind = PostKind.Answer;
        draft.QuestionNumber = number;
        draft.Part = label.Part?.ToString();
        draft.Label = label.ToString();
    }

    private static (string Body, int? Question, char? Part) Shape(string text, int? questionNumber) =>
        AnswerLabel.TryParse(text, out var label, out var rest)
            ? (rest, label.Question, label.Part)
            : (text, questionNumber, null);

    /// <summary>Rule 4's text checks, for a new post and for an edit (rule 28) alike.</summary>
    internal void CheckText(string body, int maxLength, string hashtag)
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

    /// <summary>Only a live chat takes new or changed text; an ended one is read-only (rule 1).</summary>
    internal void RequireLive(Chat chat)
    {
        switch (chat.Status)
        {
            case ChatStatus.Ended:
                throw Refusal.Conflict(t["This chat has ended; its transcript is read-only."]);
            case ChatStatus.Draft or ChatStatus.Scheduled:
                throw Refusal.Conflict(t["This chat hasn't started yet."]);
        }
    }

    /// <summary>A post of the author's in this chat, as slow mode, repeats and letters need it.</summary>
    private sealed record AuthorPost(int AuthorId, DateTime CreatedAt, string Text, PostKind Kind, int? QuestionNumber, string? Part, bool Deleted, bool Rejected);

    /// <summary>
    /// The author's posts that slow mode (rule 8), flood protection (rule 29) and the answer's letter need, read inside
    /// the sequence transaction with the posts built before this one in the group (<see cref="PostBatch.Pending"/>), so
    /// that two quick posts cannot both pass: those within the longest window (for everyone but hosts, guests and
    /// moderators) and the answers to <paramref name="question"/>.
    /// </summary>
    private async Task<IReadOnlyList<AuthorPost>> AuthorPostsAsync(PostBatch batch, Chat chat, int authorId, bool privileged, int? question, DateTime now)
    {
        if (privileged && question is null)
        {
            return [];
        }

        // One read for everyone posting in the group: their answers to the questions the group answers, and their posts
        // of the last window. The window starts a little early: the posts of a group were stamped a few milliseconds
        // apart, not always in order; a post stamped earlier still than that reads its author's posts alone.
        var (since, number) = (privileged ? now.AddYears(1) : now - CalmWindow(chat), question ?? -1);
        var group = await batch.OnceAsync(nameof(AuthorPostsAsync), async w =>
        {
            var from = now - CalmWindow(chat) - TimeSpan.FromSeconds(10);
            return (From: from, Posts: (await ReadAuthorPostsAsync(w, batch.ChatId, [.. batch.Authors], [.. batch.Questions], from)).ToLookup(p => p.AuthorId));
        });
        var saved = since >= group.From && (question is null || batch.Questions.Contains(number))
            ? group.Posts[authorId]
            : await ReadAuthorPostsAsync(batch.Db, batch.ChatId, [authorId], question is { } q ? [q] : [], since);
        var pending = batch.Pending
            .Where(p => p.AuthorId == authorId)
            .Select(p => new AuthorPost(p.AuthorId, p.CreatedAt, p.Text, p.Kind, p.QuestionNumber, p.Part, false, false));

        // A moment no post has reached leaves the window out; a question number none has, the answers.
        return saved.Concat(pending)
            .Where(p => p.CreatedAt > since || (p.Kind == PostKind.Answer && p.QuestionNumber == number))
            .ToList();
    }

    /// <summary>The posts of <paramref name="authors"/> in the chat since <paramref name="since"/>, and their answers to <paramref name="questions"/>.</summary>
    private static async Task<List<AuthorPost>> ReadAuthorPostsAsync(AppDbContext w, int chatId, int[] authors, int[] questions, DateTime since) =>
        await w.Posts
            .Where(p => p.ChatId == chatId && authors.Contains(p.AuthorId)
                && (p.CreatedAt > since || (p.Kind == PostKind.Answer && questions.Contains(p.QuestionNumber!.Value))))
            .Select(p => new AuthorPost(p.AuthorId, p.CreatedAt, p.Text, p.Kind, p.QuestionNumber, p.Part, p.DeletedAt != null, p.RejectedAt != null))
            .ToListAsync();

    /// <summary>How far back slow mode, repeats and the flood limit look: the longest of their windows.</summary>
    private TimeSpan CalmWindow(Chat chat) => new[] { limits.Window, limits.Repeat, TimeSpan.FromSeconds(chat.SlowModeSeconds) }.Max();

    /// <summary>Slow mode (rule 8) and flood protection (rule 29) over the author's recent posts.</summary>
    private void RequireCalm(Chat chat, IReadOnlyList<AuthorPost> mine, string body, int? question, DateTime now)
    {
        var recent = mine.Where(p => p.CreatedAt > now - CalmWindow(chat)).ToList();
        if (chat.SlowModeSeconds > 0 && recent.Count > 0 && (now - recent.Max(p => p.CreatedAt)).TotalSeconds < chat.SlowModeSeconds)
        {
            var wait = (int)Math.Ceiling(chat.SlowModeSeconds - (now - recent.Max(p => p.CreatedAt)).TotalSeconds);
            throw Refusal.TooManyRequests(t["Slow mode is on: wait {0} seconds before your next post.", wait]);
        }

        // The same words as an answer to another question are another answer, not a repeat; nor is sending again what
        // one deleted (to change its label, say). Deleted posts still count towards the pace below.
        if (recent.Any(p => !p.Deleted && now - p.CreatedAt < limits.Repeat && p.QuestionNumber == question && string.Equals(p.Text, body, StringComparison.Ordinal)))
        {
            throw Refusal.Conflict(t["You just posted that."]);
        }

        var inWindow = recent.Where(p => now - p.CreatedAt < limits.Window).Select(p => p.CreatedAt).OrderBy(at => at).ToList();
        if (inWindow.Count >= limits.Posts)
        {
            var wait = (int)Math.Ceiling((inWindow[^limits.Posts] + limits.Window - now).TotalSeconds);
            throw Refusal.TooManyRequests(t["You're posting very fast. Wait {0} seconds and send again.", Math.Max(1, wait)]);
        }
    }
}
