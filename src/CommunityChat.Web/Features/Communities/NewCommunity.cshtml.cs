using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Communities;

[Authorize]
public sealed class NewCommunityModel(CommunityService communities, Permissions permissions) : PageModel
{
    [BindProperty]
    public CreateCommunityRequest Input { get; set; } = new("", "", "", "", "", "UTC");

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await permissions.IsAdminAsync(User.UserId()) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var community = await communities.CreateAsync(User.UserId(), Input);
            return LocalRedirect(community.Url);
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
            return Page();
        }
    }
}
