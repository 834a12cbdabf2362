using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>Your account: your bio (SPEC rule 25), and personal access tokens for bots and integrations, created and revoked here.</summary>
[Authorize]
public sealed class ProfileModel(TokenService tokens, AccountService accounts, Sessions sessions, SignInManager<User> signIn) : PageModel
{
    public IReadOnlyList<AccessToken> Tokens { get; private set; } = [];

    /// <summary>Shown once, right after creation; only its hash is stored.</summary>
    public string? NewToken { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string TokenName { get; set; } = "";

    [BindProperty]
    public string? Bio { get; set; }

    public string? BioError { get; private set; }

    /// <summary>Said once after the bio is saved (a status message, so a screen reader hears it).</summary>
    public bool BioSaved { get; private set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public string? PasswordError { get; private set; }

    public bool PasswordChanged { get; private set; }

    public async Task OnGetAsync()
    {
        Tokens = await tokens.ListAsync(User.UserId()!.Value);
        Bio ??= await accounts.BioAsync(User.UserId()!.Value);
    }

    public async Task<IActionResult> OnPostBioAsync()
    {
        try
        {
            Bio = await accounts.SetBioAsync(User.UserId()!.Value, Bio);
            BioSaved = true;
        }
        catch (Refusal refusal)
        {
            BioError = refusal.Message;
        }

        await OnGetAsync();
        return Page();
    }

    /// <summary>A new password ends every other session (Sessions); this browser gets a new cookie and stays signed in.</summary>
    public async Task<IActionResult> OnPostPasswordAsync()
    {
        try
        {
            var userId = User.UserId()!.Value;
            var user = await accounts.ChangePasswordAsync(userId, CurrentPassword, NewPassword, HttpContext.Connection.RemoteIpAddress?.ToString());
            await sessions.ClosedElsewhereAsync(userId);
            await signIn.RefreshSignInAsync(user);
            PasswordChanged = true;
        }
        catch (Refusal refusal)
        {
            PasswordError = refusal.Message;
        }

        (CurrentPassword, NewPassword) = (null, null);
        await OnGetAsync();
        return Page();
    }

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
