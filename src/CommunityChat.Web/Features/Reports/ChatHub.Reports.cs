using CommunityChat.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// Reporting a post from the room (SPEC rule 8): the same path as <c>POST /api/posts/{id}/reports</c>; and handling reports
/// from the console's queue, the same paths as the report queue page.
/// </summary>
public sealed partial class ChatHub
{
    public async Task<ReportDto> Report(long postId, string? reason, [FromServices] ReportService reports) =>
        (await reports.ReportAsync(postId, UserId, reason)).Report;

    /// <summary>The console's queue (moderators): hide the reported post with the report's reason, closing its reports.</summary>
    public Task HideReported(long reportId, [FromServices] ReportService reports) => reports.HideAsync(reportId, UserId);

    /// <summary>The console's queue (moderators): close the post's reports and leave it up.</summary>
    public Task DismissReport(long reportId, [FromServices] ReportService reports) => reports.DismissAsync(reportId, UserId);

    /// <summary>The console's queue (moderators): ban the reported post's author until lifted, with the report's reason.</summary>
    public Task BanReported(string community, long reportId, [FromServices] ReportService reports) =>
        reports.BanAuthorAsync(community, reportId, UserId);
}
