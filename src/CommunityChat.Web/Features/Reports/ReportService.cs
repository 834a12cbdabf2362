using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Moderation;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Reports;

/// <summary>
/// Reports of posts and the moderation queue they land in (SPEC rule 8). Reporting is one path for the hub and the API;
/// handling a report hides the post or bans its author through <see cref="ModerationService"/>, so those stay one rule.
/// </summary>
public sealed class ReportService(
    AppDbContext db,
    Permissions permissions,
    PostReader posts,
    CommunityReader communities,
    ModerationService moderation,
    ChatEvents events,
    AuditLog audit,
    ActionThrottle throttle,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public const int MaxReasonLength = 500;

    /// <summary>Reports a post the person can see. A repeat while their report is open returns that report (not new).</summary>
    public async Task<(ReportDto Report, bool Created)> ReportAsync(long postId, int? userId, string? reason)
    {
        var id = permissions.RequireSignedIn(userId);
        reason = (reason ?? "").Trim();
        if (reason.Length == 0)
        {
            throw Refusal.BadRequest(t["Say why you are reporting this post."]);
        }

        if (reason.Length > MaxReasonLength)
        {
            throw Refusal.BadRequest(t["A reason is at most 500 characters."]);
        }

        if (!throttle.TryTake(ActionThrottle.Report, id))
        {
            throw Refusal.TooManyRequests(t["You're going very fast. Wait a few seconds and try again."]);
        }

        var communityId = await db.Posts.Where(p => p.Id == postId)
            .Join(db.Chats, p => p.ChatId, c => c.Id, (p, c) => (int?)c.CommunityId)
            .FirstOrDefaultAsync();
        var post = communityId is { } community ? await posts.FindAsync(postId, await permissions.ViewerAsync(id, community)) : null;
        if (post is null)
        {
            throw Refusal.NotFound(t["There is no such post."]);
        }

        // A banned account takes no part (rule 8), and a report is taking part: it fills the moderators' queue.
        await permissions.RequireNotBannedAsync(communityId!.Value, id, clock.GetUtcNow().UtcDateTime);

        if (await db.Posts.AnyAsync(p => p.Id == postId && p.AuthorId == id))
        {
            throw Refusal.BadRequest(t["You can't report your own post."]);
        }

        if (await OpenReportAsync(postId, id) is { } existing)
        {
            return (existing, false);
        }

        db.Reports.Add(new Report
        {
            PostId = postId,
            ReporterId = id,
            Reason = reason,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Status = ReportStatus.Open,
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same person reported from two tabs at once: the unique open report is there either way.
            db.ChangeTracker.Clear();
            if (await OpenReportAsync(postId, id) is { } raced)
            {
                return (raced, false);
            }

            throw;
        }

        await events.ReportsChanged(post.ChatId);
        return (await OpenReportAsync(postId, id) ?? throw new InvalidOperationException("The report was not stored."), true);
    }

    /// <summary>The community's reports, open ones first (oldest first, the order to work through), then the handled ones.</summary>
    public async Task<IReadOnlyList<ReportItemDto>> QueueAsync(string communitySlug, int? userId, int handledLimit = 50)
    {
        var community = await communities.FindAsync(communitySlug);
        var moderator = await permissions.RequireModeratorAsync(userId, community.Id);
        var inCommunity = db.Reports.AsNoTracking()
            .Where(r => db.Posts.Any(p => p.Id == r.PostId && p.DeletedAt == null && db.Chats.Any(c => c.Id == p.ChatId && c.CommunityId == community.Id)));
        var open = await Items(inCommunity.Where(r => r.Status == ReportStatus.Open).OrderBy(r => r.Id)).ToListAsync();
        var handled = await Items(inCommunity.Where(r => r.Status != ReportStatus.Open).OrderByDescending(r => r.HandledAt).ThenByDescending(r => r.Id).Take(handledLimit))
            .ToListAsync();
        var viewer = new Viewer(moderator, IsModerator: true);
        var result = new List<ReportItemDto>();
        foreach (var (report, reporter, reporterName, handler) in open.Concat(handled))
        {
            if (await posts.FindAsync(report.PostId, viewer) is { } post)
            {
                result.Add(new ReportItemDto(
                    report.Id, report.Status, report.Reason, report.CreatedAt, new ReporterDto(reporter, reporterName), post, handler, report.HandledAt));
            }
        }

        return result;
    }

    /// <summary>Hides the reported post with the report's reason, and closes every open report of that post.</summary>
    public async Task HideAsync(long reportId, int? userId)
    {
        var (report, communityId) = await FindAsModeratorAsync(reportId, userId);
        await moderation.HideAsync(report.PostId, userId, report.Reason);
        await CloseAsync(report.PostId, communityId, userId!.Value, ReportStatus.Hidden);
    }

    /// <summary>Dismisses the report (and any other open one of the same post): the post stays as it is.</summary>
    public async Task DismissAsync(long reportId, int? userId)
    {
        var (report, communityId) = await FindAsModeratorAsync(reportId, userId);
        await CloseAsync(report.PostId, communityId, userId!.Value, ReportStatus.Dismissed);
    }

    /// <summary>Bans the reported post's author until lifted, with the report's reason; the report stays open to hide or dismiss.</summary>
    public async Task BanAuthorAsync(string communitySlug, long reportId, int? userId)
    {
        var (report, _) = await FindAsModeratorAsync(reportId, userId);
        var handle = await db.Posts.Where(p => p.Id == report.PostId).Select(p => p.Author.UserName).FirstAsync();
        await moderation.BanAsync(communitySlug, handle!, userId, new BanRequest(report.Reason, null));
    }

    private async Task CloseAsync(long postId, int communityId, int actor, ReportStatus status)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Reports.Where(r => r.PostId == postId && r.Status == ReportStatus.Open).ToListAsync();
        if (open.Count == 0)
        {
            return;
        }

        var chatId = await db.Posts.Where(p => p.Id == postId).Select(p => p.ChatId).FirstAsync();
        foreach (var report in open)
        {
            report.Status = status;
            report.HandledById = actor;
            report.HandledAt = now;
            audit.Record(communityId, chatId, actor, status == ReportStatus.Hidden ? "report.hidden" : "report.dismissed", $"report {report.Id} of post {postId}", report.Reason);
        }

        await db.SaveChangesAsync();
        // Every moderator's console drops the handled reports at once.
        await events.ReportsChanged(chatId);
    }

    private async Task<(Report Report, int CommunityId)> FindAsModeratorAsync(long reportId, int? userId)
    {
        permissions.RequireSignedIn(userId);
        var found = await db.Reports
            .Where(r => r.Id == reportId)
            .Join(db.Posts, r => r.PostId, p => p.Id, (r, p) => new { Report = r, p.ChatId })
            .Join(db.Chats, x => x.ChatId, c => c.Id, (x, c) => new { x.Report, c.CommunityId })
            .FirstOrDefaultAsync() ?? throw Refusal.NotFound(t["There is no such report."]);
        await permissions.RequireModeratorAsync(userId, found.CommunityId);
        return (found.Report, found.CommunityId);
    }

    private Task<ReportDto?> OpenReportAsync(long postId, int reporterId) =>
        db.Reports.AsNoTracking()
            .Where(r => r.PostId == postId && r.ReporterId == reporterId && r.Status == ReportStatus.Open)
            .Select(r => new ReportDto(r.Id, r.PostId, r.Reason, r.Status, r.CreatedAt))
            .FirstOrDefaultAsync();

    private IQueryable<Row> Items(IQueryable<Report> reports) =>
        reports.Join(db.Users, r => r.ReporterId, u => u.Id, (r, u) => new Row(
            r, u.UserName!, u.DisplayName, db.Users.Where(h => h.Id == r.HandledById).Select(h => h.UserName).FirstOrDefault()));

    private sealed record Row(Report Report, string Reporter, string ReporterName, string? HandledBy);
}

/// <summary>A report as its reporter sees it.</summary>
public sealed record ReportDto(long Id, long PostId, string Reason, ReportStatus Status, DateTime CreatedAt);

/// <summary>A report in the moderation queue: with the post (as moderators see it) and who reported it.</summary>
public sealed record ReportItemDto(
    long Id, ReportStatus Status, string Reason, DateTime CreatedAt, ReporterDto Reporter, PostDto Post, string? HandledBy, DateTime? HandledAt);

public sealed record ReporterDto(string Handle, string DisplayName);

public sealed record ReportRequest(string? Reason);
