using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>Your account: personal access tokens for bots and integrations, created and revoked here.</summary>
[Authorize]
public sealed class ProfileModel(TokenService tokens) : PageModel
{
    public IReadOnlyList<AccessToken> Tokens { get; private set; } = [];

    /// <summary>Shown once, right after creation; only its hash is stored.</summary>
    public string? NewToken { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string TokenName { get; set; } = "";

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(User.UserId()!.Value);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        try
        {
            NewToken = await tokens.CreateAsync(User.UserId()!.Value, TokenName);
            TokenName = "";
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        try
        {
            await tokens.RevokeAsync(User.UserId()!.Value, id);
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
        }

        await OnGetAsync();
        return Page();
    }
}
