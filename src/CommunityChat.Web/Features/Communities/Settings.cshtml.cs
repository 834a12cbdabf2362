using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Communities;

/// <summary>/c/{community}/settings: the community's name, description, code of conduct, zone, post length and blocked words.</summary>
[Authorize]
public sealed class SettingsModel(CommunityReader communities, CommunitySettings settings, IStringLocalizer<SharedResource> t) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string community)
    {
        try
        {
            Community = await communities.GetAsync(community);
            var current = await settings.GetAsync(community, User.UserId());
            Form = new SettingsForm
            {
                Name = current.Name,
                Description = current.Description,
                CodeOfConduct = current.CodeOfConduct,
                TimeZone = current.TimeZone,
                MaxPostLength = current.MaxPostLength,
                BlockedWords = string.Join('\n', current.BlockedWords),
            };
            return Page();
        }
        catch (Refusal refusal) when (refusal.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        catch (Refusal)
        {
            return Forbid();
        }
    }

    public async Task<IActionResult> OnPostAsync(string community)
    {
        try
        {
            Community = await communities.GetAsync(community);
            await settings.UpdateAsync(community, User.UserId(), new CommunitySettingsRequest(
                Form.Name ?? "",
                Form.Description ?? "",
                Form.CodeOfConduct ?? "",
                Form.TimeZone ?? "",
                Form.MaxPostLength,
                (Form.BlockedWords ?? "").Split('\n')));
        }
        catch (Refusal refusal) when (refusal.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        catch (Refusal refusal) when (refusal.Status == StatusCodes.Status403Forbidden)
        {
            return Forbid();
        }
        catch (Refusal refusal)
        {
            // The form keeps what was typed, with the sentence that says what to change.
            Error = refusal.Message;
            return Page();
        }

        var saved = await OnGetAsync(community);
        Message = t["Settings saved."];
        return saved;
    }

    public sealed class SettingsForm
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public string? CodeOfConduct { get; set; }

        public string? TimeZone { get; set; }

        public int? MaxPostLength { get; set; }

        /// <summary>One word or phrase a line.</summary>
        public string? BlockedWords { get; set; }
    }
}
