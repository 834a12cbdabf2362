using CommunityChat.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc;

namespace CommunityChat.Web.Base.Live;

/// <summary>Reporting a post from the room (SPEC rule 8): the same path as <c>POST /api/posts/{id}/reports</c>.</summary>
public sealed partial class ChatHub
{
    public async Task<ReportDto> Report(long postId, string? reason, [FromServices] ReportService reports) =>
        (await reports.ReportAsync(postId, UserId, reason)).Report;
}
