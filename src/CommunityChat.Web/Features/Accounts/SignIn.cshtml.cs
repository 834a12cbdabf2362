using System.ComponentModel.DataAnnotations;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Accounts;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class SignInModel(AccountService accounts, SignInManager<User> signIn) : PageModel
{
    [BindProperty]
    [Required]
    public string Handle { get; set; } = "";

    [BindProperty]
    [Required]
    [DataType(DataType.Password)]
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
            var user = await accounts.CheckPasswordAsync(Handle, Password, HttpContext.Connection.RemoteIpAddress?.ToString());
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
