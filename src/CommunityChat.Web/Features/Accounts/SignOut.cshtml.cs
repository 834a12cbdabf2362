using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>Signing out ends the account's sessions on every device (<see cref="Sessions"/>): a copied cookie must not outlive it.</summary>
public sealed class SignOutModel(SignInManager<User> signIn, Sessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.UserId() is { } userId)
        {
            await sessions.EndAllAsync(userId);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
