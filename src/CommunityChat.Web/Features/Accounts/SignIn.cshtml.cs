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
public sealed class SignInModel(SignInManager<User> signIn, IStringLocalizer<SharedResource> t) : PageModel
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
        var result = await signIn.PasswordSignInAsync(Base.Access.Handle.Clean(Handle), Password ?? "", isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = result.IsLockedOut
            ? t["Too many wrong passwords. Wait five minutes and try again."]
            : t["Wrong handle or password."];
        Password = "";
        return Page();
    }
}
