using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Moderation;

/// <summary>Hide, highlight and ban (SPEC rule 8). Every action is checked, committed with its audit entry, then broadcast.</summary>
public sealed class ModerationService(
    AppDbContext db,
    ChatEvents events,
    Permissions permissions,
    People people,
    CommunityReader communities,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public async Task<PostDto> HideAsync(long postId, int? userId, string? reason)
    {
        reason = (reason ?? "").Trim();
        if (reason.Length > 500)
        {
            throw Refusal.BadRequest(t["A reason is at most 500 characters."]);
        }

        var (post, communityId, actor) = await FindAsModeratorAsync(postId, userId);
        if (post.Kind == Core.Posts.PostKind.Question)
        {
            // An asked question is part of the chat's structure: its answers hang on it.
            throw Refusal.Conflict(t["A question can't be hidden once it has been asked."]);
        }

        if (!post.Hidden)
        {
            post.Hidden = true;
            post.HiddenReason = reason;
            audit.Record(communityId, post.ChatId, actor, "post.hidden", Target(post), reason);
            await db.SaveChangesAsync();
        }

        var dto = PostDto.From(post);
        await events.PostHidden(dto, post.AuthorId);
        return dto;
    }

    public async Task<PostDto> UnhideAsync(long postId, int? userId)
    {
        var (post, communityId, actor) = await FindAsModeratorAsync(postId, userId);
        if (post.Hidden)
        {
            post.Hidden = false;
            post.HiddenReason = null;
            audit.Record(communityId, post.ChatId, actor, "post.unhidden", Target(post));
            await db.SaveChangesAsync();
        }

        var dto = PostDto.From(post);
        await events.PostUnhidden(dto, post.AuthorId);
        return dto;
    }

    public async Task<PostDto> HighlightAsync(long postId, int? userId, bool on)
    {
        var (post, communityId, actor) = await FindAsModeratorAsync(postId, userId);
        if (post.Highlighted != on)
        {
            post.Highlighted = on;
            audit.Record(communityId, post.ChatId, actor, on ? "post.highlighted" : "post.unhighlighted", Target(post));
            await db.SaveChangesAsync();
        }

        var dto = PostDto.From(post);
        await events.PostChanged(dto);
        return dto;
    }

    public async Task BanAsync(string communitySlug, string handle, int? userId, BanRequest request)
    {
        var (reason, minutes) = (request.Reason, request.Minutes);
        var community = await communities.FindAsync(communitySlug);
        var actor = await permissions.RequireModeratorAsync(userId, community.Id);
        var target = await people.FindAsync(handle);
        if ((reason ?? "").Trim().Length > 500)
        {
            throw Refusal.BadRequest(t["A reason is at most 500 characters."]);
        }

        if (minutes is < 1 or > 525_600)
        {
            throw Refusal.BadRequest(t["A timed ban lasts 1 minute to 1 year; leave the minutes out for a ban until lifted."]);
        }

        if (await permissions.IsModeratorAsync(target.Id, community.Id))
        {
            throw Refusal.Conflict(t["Moderators can't be banned; remove them as moderators first."]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Bans.Add(new Ban
        {
            CommunityId = community.Id,
            UserId = target.Id,
            Reason = (reason ?? "").Trim(),
            Until = minutes is { } m ? now.AddMinutes(m) : null,
            ByUserId = actor,
            CreatedAt = now,
        });
        audit.Record(community.Id, null, actor, "user.banned", "@" + target.UserName, reason);
        var removed = request.RemovePosts == true ? await HideRecentPostsAsync(community.Id, target.Id, actor, now) : [];
        await db.SaveChangesAsync();
        foreach (var post in removed)
        {
            await events.PostHidden(PostDto.From(post), post.AuthorId);
        }
    }

    /// <summary>
    /// Rule 29's clean-up: the person's posts in the community's live chats and its chats of the last 7 days are hidden
    /// with the reason "banned", each audited (and each can be unhidden), in the ban's own SaveChanges.
    /// </summary>
    private async Task<List<Post>> HideRecentPostsAsync(int communityId, int userId, int actor, DateTime now)
    {
        var since = now.AddDays(-7);
        var posts = await db.Posts.Include(p => p.Author)
            .Where(p => p.AuthorId == userId && !p.Hidden && p.DeletedAt == null && p.Kind != Core.Posts.PostKind.Question
                && db.Chats.Any(c => c.Id == p.ChatId && c.CommunityId == communityId
                    && (c.Status == ChatStatus.Live || (c.EndedAt != null && c.EndedAt >= since))))
            .ToListAsync();
        foreach (var post in posts)
        {
            post.Hidden = true;
            post.HiddenReason = BannedReason;
            audit.Record(communityId, post.ChatId, actor, "post.hidden", Target(post), BannedReason);
        }

        return posts;
    }

    public async Task LiftBanAsync(string communitySlug, string handle, int? userId)
    {
        var community = await communities.FindAsync(communitySlug);
        var actor = await permissions.RequireModeratorAsync(userId, community.Id);
        var target = await people.FindAsync(handle);
        var now = clock.GetUtcNow().UtcDateTime;
        var active = await db.Bans.Where(b => b.CommunityId == community.Id && b.UserId == target.Id && (b.Until == null || b.Until > now))
            .ToListAsync();
        if (active.Count > 0)
        {
            // Lifting and its audit entry commit together, in one SaveChanges.
            active.ForEach(b => b.Until = now);
            audit.Record(community.Id, null, actor, "user.unbanned", "@" + target.UserName);
            await db.SaveChangesAsync();
        }
    }

    public async Task<IReadOnlyList<AuditEntryDto>> AuditAsync(string communitySlug, int? userId)
    {
        var community = await communities.FindAsync(communitySlug);
        await permissions.RequireModeratorAsync(userId, community.Id);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.CommunityId == community.Id)
            .OrderByDescending(a => a.Id)
            .Take(500)
            .Join(db.Users, a => a.ActorId, u => u.Id, (a, u) => new AuditEntryDto(a.At, u.UserName!, a.Action, a.ChatId, a.Target, a.Detail))
            .ToListAsync();
    }

    /// <summary>One page of the audit log, newest first, filtered by action and by moderator (handle) when given.</summary>
    public async Task<AuditPage> AuditPageAsync(string communitySlug, int? userId, string? action, string? moderator, int page)
    {
        var community = await communities.FindAsync(communitySlug);
        await permissions.RequireModeratorAsync(userId, community.Id);
        var all = db.AuditEntries.AsNoTracking().Where(a => a.CommunityId == community.Id);
        var actions = await all.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync();
        var moderators = await all.Join(db.Users, a => a.ActorId, u => u.Id, (a, u) => u.UserName!).Distinct().OrderBy(h => h).ToListAsync();
        var entries = all;
        if (!string.IsNullOrWhiteSpace(action))
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(moderator))
        {
            var handle = moderator.Trim().TrimStart('@');
            entries = entries.Where(a => db.Users.Any(u => u.Id == a.ActorId && u.UserName == handle));
        }

        var total = await entries.CountAsync();
        page = Math.Max(1, page);
        var rows = await entries.OrderByDescending(a => a.Id)
            .Skip((page - 1) * AuditPage.Size)
            .Take(AuditPage.Size)
            .Join(db.Users, a => a.ActorId, u => u.Id, (a, u) => new AuditEntryDto(a.At, u.UserName!, a.Action, a.ChatId, a.Target, a.Detail))
            .ToListAsync();
        return new AuditPage(rows, total, page, actions, moderators);
    }

    /// <summary>The community's bans: active ones (soonest to end first, until-lifted last) and the ended ones, newest first.</summary>
    public async Task<(IReadOnlyList<BanDto> Active, IReadOnlyList<BanDto> Ended)> BansAsync(string communitySlug, int? userId)
    {
        var community = await communities.FindAsync(communitySlug);
        await permissions.RequireModeratorAsync(userId, community.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var bans = await db.Bans.AsNoTracking()
            .Where(b => b.CommunityId == community.Id)
            .Join(db.Users, b => b.UserId, u => u.Id, (b, u) => new { Ban = b, u.UserName, u.DisplayName })
            .Join(db.Users, x => x.Ban.ByUserId, u => u.Id, (x, by) => new BanDto(x.UserName!, x.DisplayName, x.Ban.Reason, x.Ban.CreatedAt, x.Ban.Until, by.UserName!))
            .ToListAsync();
        var active = bans.Where(b => b.Until is null || b.Until > now).OrderBy(b => b.Until ?? DateTime.MaxValue).ToList();
        var ended = bans.Where(b => b.Until is not null && b.Until <= now).OrderByDescending(b => b.Until).Take(100).ToList();
        return (active, ended);
    }

    private async Task<(Post Post, int CommunityId, int Actor)> FindAsModeratorAsync(long postId, int? userId)
    {
        // A post its author deleted is gone for moderators too (rule 28): unhiding it must not bring it back.
        var post = await db.Posts.Include(p => p.Author).FirstOrDefaultAsync(p => p.Id == postId && p.DeletedAt == null)
            ?? throw Refusal.NotFound(t["There is no such post."]);
        var communityId = await db.Chats.Where(c => c.Id == post.ChatId).Select(c => c.CommunityId).FirstAsync();
        var actor = await permissions.RequireModeratorAsync(userId, communityId);
        if (post.Sequence is null)
        {
            // Held or rejected (rule 20): it is not in the room, so there is nothing to hide or highlight.
            throw Refusal.Conflict(t["This post was never published: approve or reject it in the queue of held posts."]);
        }

        return (post, communityId, actor);
    }

    /// <summary>The reason posts removed with a ban carry (SPEC rule 29).</summary>
    public const string BannedReason = "banned";

    private static string Target(Post post) => $"post {post.Id} (#{post.Sequence})";
}

public sealed record AuditEntryDto(DateTime At, string Actor, string Action, int? ChatId, string? Target, string? Detail);

/// <summary>A page of the audit log with what its filters can choose from.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Entries, int Total, int Page, IReadOnlyList<string> Actions, IReadOnlyList<string> Moderators)
{
    public const int Size = 50;

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>A ban as the bans page shows it; <c>Until</c> null: until lifted.</summary>
public sealed record BanDto(string Handle, string DisplayName, string Reason, DateTime CreatedAt, DateTime? Until, string By);
