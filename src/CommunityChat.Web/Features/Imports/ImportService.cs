using System.Globalization;
using CommunityChat.Core.Imports;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Imports;

/// <summary>
/// Turns an existing chat's record (a pasted recap, tweets as JSON) into an ended chat of the community (SPEC rule 15):
/// parsed by Core, planned here (title, hashtag, times, people), shown as a plan, then written all or nothing.
/// </summary>
public sealed class ImportService(
    AppDbContext db,
    CommunityReader communities,
    ChatReader chats,
    ChatSlugs slugs,
    People people,
    Permissions permissions,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    /// <summary>A pasted recap has dates, not times: its posts are spread over an hour from noon, in their order.</summary>
    private static readonly TimeSpan PastedChatLength = TimeSpan.FromHours(1);

    public async Task<ImportPlan> PlanAsync(string communitySlug, int? userId, string content, bool json, ImportOptions options)
    {
        var community = await communities.FindAsync(communitySlug);
        await permissions.RequireModeratorAsync(userId, community.Id);
        var preview = Parse(content, json);
        return await PlanAsync(community, preview, json, options);
    }

    public async Task<ChatDto> ImportAsync(string communitySlug, int? userId, string content, bool json, ImportOptions options)
    {
        var community = await communities.FindAsync(communitySlug);
        var actor = await permissions.RequireModeratorAsync(userId, community.Id);
        var plan = await PlanAsync(community, Parse(content, json), json, options);
        if (plan.AlreadyImportedUrl is { } url)
        {
            throw Refusal.Conflict(t["This record was imported already: {0}", url]);
        }

        try
        {
            return await WriteAsync(community, actor, plan);
        }
        catch (DbUpdateException)
        {
            // The same record sent twice at once (a double click): the other request imported it.
            db.ChangeTracker.Clear();
            if (await db.Chats.AnyAsync(c => c.CommunityId == community.Id && c.ImportFingerprint == plan.Fingerprint))
            {
                throw Refusal.Conflict(t["This record was imported already: {0}", plan.Title]);
            }

            throw;
        }
    }

    private async Task<ChatDto> WriteAsync(Community community, int actor, ImportPlan plan)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var accounts = await AccountsAsync(plan.People);
        // Pasted posts are placed by date and order of appearance: a recap that lists a later day first still spans
        // from its earliest post to its latest.
        var start = plan.Posts.Min(p => p.At);
        var end = plan.Posts.Max(p => p.At);
        var hostId = plan.Host is { } host ? accounts[host].Id : actor;
        var chat = new Chat
        {
            CommunityId = community.Id,
            Slug = await slugs.UniqueAsync(community.Id, plan.Title, new DateTimeOffset(start)),
            Title = plan.Title,
            Topic = Limit(Clean(plan.Topic ?? ""), 500),
            Format = Limit(Clean(plan.Format ?? ""), 500),
            Hashtag = plan.Hashtag,
            Status = ChatStatus.Ended,
            ScheduledStart = start,
            DurationMinutes = Math.Clamp((int)Math.Ceiling((end - start).TotalMinutes), 5, 600),
            StartedAt = start,
            EndedAt = end,
            HostId = hostId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ImportFingerprint = plan.Fingerprint,
            LastSequence = plan.Posts.Count,
            Questions = [.. plan.Questions.Select(q => new Question
            {
                Number = q.Number,
                Text = Limit(Clean(q.Text), 2000),
                AskedAt = plan.Posts.FirstOrDefault(p => p.Kind == PostKind.Question && p.QuestionNumber == q.Number)?.At ?? start,
            })],
        };
        if (plan.Guest is { } guest)
        {
            chat.Guests.Add(new ChatGuest { UserId = accounts[guest].Id });
        }

        db.Chats.Add(chat);
        await db.SaveChangesAsync();

        var bySource = new Dictionary<string, Post>(StringComparer.Ordinal);
        var posts = plan.Posts.Select((p, i) =>
        {
            var post = new Post
            {
                ChatId = chat.Id,
                Sequence = i + 1,
                Kind = p.Kind,
                Label = p.Label,
                QuestionNumber = p.QuestionNumber,
                Part = p.Part?.ToString(),
                AuthorId = accounts[p.Handle].Id,
                AuthorRole = p.Role,
                Text = Clean(p.Text),
                Html = PostMarkdown.ToHtml(Clean(p.Text)),
                CreatedAt = p.At,
                // A published recap quotes only the best answers: they are the chat's highlights, so drafting a recap
                // from an imported recap gives back what was published. A tweet archive has every tweet: none is starred.
                Highlighted = !plan.FromJson,
            };
            if (p.SourceId is { } id)
            {
                bySource.TryAdd(id, post);
            }

            return post;
        }).ToList();
        db.Posts.AddRange(posts);
        await db.SaveChangesAsync();

        // Replies point at their parents by id, which exist only now.
        foreach (var (post, planned) in posts.Zip(plan.Posts))
        {
            if (planned.ReplyToSourceId is { } parent && bySource.TryGetValue(parent, out var found))
            {
                post.ReplyToId = found.Id;
            }
        }

        audit.Record(community.Id, chat.Id, actor, "chat.imported", chat.Slug, string.Create(CultureInfo.InvariantCulture, $"{posts.Count} posts"));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return await chats.GetAsync(chat.Id, actor);
    }

    private ImportPreview Parse(string content, bool json)
    {
        try
        {
            return json ? ChatImport.ParseJson(content) : ChatImport.ParseText(content);
        }
        catch (ImportException problem)
        {
            throw ImportProblems.ToRefusal(problem, t);
        }
    }

    private async Task<ImportPlan> PlanAsync(Community community, ImportPreview preview, bool json, ImportOptions options)
    {
        var hashtag = HashtagName.Clean(options.Hashtag is { Length: > 0 } given ? given : preview.Hashtag ?? community.Hashtag);
        if (!HashtagName.IsValid(hashtag))
        {
            throw Refusal.BadRequest(t["A hashtag starts with a letter and holds only letters, digits or underscores."]);
        }

        foreach (var author in preview.Authors.Where(a => !Handle.IsValid(a.Handle)))
        {
            var line = preview.Posts.First(p => p.Author.Handle == author.Handle).Line;
            throw Refusal.BadRequest(t["Line {0}: {1}", line, t["@{0} isn't a handle that can be kept: 1 to 15 letters, digits or underscores.", author.Handle]]);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(community.TimeZone);
        var date = options.Date ?? preview.Date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var step = preview.Posts.Count > 1 ? PastedChatLength / (preview.Posts.Count - 1) : TimeSpan.Zero;
        var title = Limit(options.Title is { Length: > 0 } chosen ? chosen : preview.Card.Topic
            ?? t["#{0} chat of {1}", hashtag, date.ToString("D", CultureInfo.CurrentCulture)], 200);
        var posts = preview.Posts.Select((p, i) => new ImportPlanPost(
            p.Line,
            p.Kind,
            p.Label,
            p.QuestionNumber,
            p.Part,
            p.Author.Handle,
            p.Author.DisplayName,
            Role(p, preview),
            p.At?.UtcDateTime ?? Noon(options.Date ?? p.Date ?? date, zone) + (step * i),
            p.Text,
            p.SourceId,
            p.ReplyToSourceId)).ToList();

        var handles = preview.Authors.Select(a => a.Handle.ToUpperInvariant()).ToList();
        var known = await db.Users.AsNoTracking().Where(u => handles.Contains(u.NormalizedUserName!)).Select(u => u.NormalizedUserName!).ToListAsync();
        var people = preview.Authors
            .Select(a => new ImportPlanPerson(a.Handle, a.DisplayName, known.Contains(a.Handle.ToUpperInvariant()), posts.Count(p => p.Handle == a.Handle)))
            .ToList();
        var already = await db.Chats.AsNoTracking()
            .Where(c => c.CommunityId == community.Id && c.ImportFingerprint == preview.Fingerprint)
            .Select(c => c.Slug)
            .FirstOrDefaultAsync();

        return new ImportPlan(
            title,
            hashtag,
            date,
            preview.Card.Topic,
            preview.Card.Format,
            preview.GuestHandle,
            preview.HostHandle,
            preview.Questions,
            posts,
            people,
            preview.Skipped,
            preview.Fingerprint,
            already is null ? null : ChatUrl.For(community.Slug, already),
            json);
    }

    /// <summary>Each author's account: an existing one with the handle, else a new unclaimed profile.</summary>
    private async Task<Dictionary<string, User>> AccountsAsync(IReadOnlyList<ImportPlanPerson> planned)
    {
        var accounts = new Dictionary<string, User>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in planned)
        {
            var user = await people.TryFindAsync(person.Handle);
            if (user is null)
            {
                user = new User
                {
                    UserName = person.Handle,
                    NormalizedUserName = person.Handle.ToUpperInvariant(),
                    DisplayName = Limit(Clean(person.DisplayName).Replace('\n', ' ') is { Length: > 0 } name ? name : person.Handle, 50),
                    SecurityStamp = Guid.NewGuid().ToString(),
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                    Unclaimed = true,
                };
                db.Users.Add(user);
            }

            accounts[person.Handle] = user;
        }

        await db.SaveChangesAsync();
        return accounts;
    }

    /// <summary>Old records carry characters a live post may not (Word's line breaks, stray control codes).</summary>
    private static string Clean(string text) => PostText.WithoutControlCharacters(text).Trim();

    private static AuthorRole Role(ImportedPost post, ImportPreview preview) =>
        string.Equals(post.Author.Handle, preview.HostHandle, StringComparison.OrdinalIgnoreCase) ? AuthorRole.Host
        : string.Equals(post.Author.Handle, preview.GuestHandle, StringComparison.OrdinalIgnoreCase) ? AuthorRole.Guest
        : AuthorRole.Participant;

    private static DateTime Noon(DateOnly date, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(12, 0)), zone);

    /// <summary>At most <paramref name="max"/> characters, never splitting an emoji or an accented letter.</summary>
    private static string Limit(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= max)
        {
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return text[..end];
    }
}
