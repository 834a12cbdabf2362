using System.Text;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Imports;

/// <summary>
/// /c/{community}/import: a moderator pastes a published recap or chooses a file of tweets, sees everything that was
/// found (and skipped, and why) before anything is written, then imports it (SPEC rule 15).
/// </summary>
[Authorize]
[RequestSizeLimit(ImportsApi.MaxBodyBytes)]
[RequestFormLimits(ValueLengthLimit = (int)ImportsApi.MaxBodyBytes, MultipartBodyLengthLimit = ImportsApi.MaxBodyBytes)]
public sealed class ImportModel(CommunityReader communities, ImportService imports) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    public ImportPlan? Plan { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string? Record { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Whether <see cref="Record"/> holds tweets as JSON (from a file, or pasted JSON) rather than a pasted recap.</summary>
    [BindProperty]
    public bool Json { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Hashtag { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    public async Task<IActionResult> OnGetAsync(string community) => await LoadAsync(community) ?? Page();

    public async Task<IActionResult> OnPostPreviewAsync(string community)
    {
        if (await LoadAsync(community) is { } denied)
        {
            return denied;
        }

        if (Upload is { Length: > 0 })
        {
            using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
            Record = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }

        Record ??= "";
        Json = Record.TrimStart() is ['{' or '[', ..];
        try
        {
            Plan = await imports.PlanAsync(community, User.UserId(), Record, Json, Options);
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string community)
    {
        if (await LoadAsync(community) is { } denied)
        {
            return denied;
        }

        try
        {
            var chat = await imports.ImportAsync(community, User.UserId(), Record ?? "", Json, Options);
            return LocalRedirect(chat.Url);
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
            return Page();
        }
    }

    private ImportOptions Options => new(Title, Hashtag, Date);

    private async Task<IActionResult?> LoadAsync(string slug)
    {
        if (await communities.FindForAsync(slug, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        Community = found.Community;
        return found.Viewer.IsModerator ? null : Forbid();
    }
}
