using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>One step from the live room: handle, display name, password, and you're in (SPEC section 2).</summary>
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class SignUpModel(AccountService accounts, SignInManager<User> signIn) : PageModel
{
    [BindProperty]
    public string Handle { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var user = await accounts.CreateAsync(Handle, DisplayName, Password);
            await signIn.SignInAsync(user, isPersistent: true);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
            Password = "";
            return Page();
        }
    }
}
