using System.Globalization;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// /c/{community}/{chat}/delete: the confirm step before "Delete chat" (SPEC rule 27), a page rather than a script
/// dialog so it works without JavaScript. Only a draft or scheduled chat goes; the API refuses the others.
/// </summary>
[Authorize]
public sealed class DeleteChatModel(ChatReader chats, CommunityReader communities, PlanChanges changes) : PageModel
{
    public ChatDto Chat { get; private set; } = null!;

    public string TimeZone { get; private set; } = "";

    public string CommunityStart { get; private set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string community, string chat) =>
        await LoadAsync(community, chat) ?? Page();

    public async Task<IActionResult> OnPostAsync(string community, string chat)
    {
        if (await LoadAsync(community, chat) is { } denied)
        {
            return denied;
        }

        try
        {
            await changes.DeleteAsync(Chat.Id, User.UserId(), null);
            return LocalRedirect(CommunityReader.Url(community));
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string community, string chat)
    {
        if (await chats.FindBySlugAsync(community, chat, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        if (!found.Viewer.IsModerator)
        {
            return Forbid();
        }

        Chat = found.Chat;
        TimeZone = (await communities.GetAsync(community)).TimeZone;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(Chat.ScheduledStart, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
        CommunityStart = local.ToString("g", CultureInfo.CurrentCulture);
        return null;
    }
}
