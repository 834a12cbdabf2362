using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Home;

/// <summary>The page a browser sees for 404, 403 and 500: a sentence, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    // A failed POST is re-executed here as a POST: answer it the same way.
    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        (Title, Message) = code switch
        {
            404 => (t["Page not found"].Value, t["There's nothing at this address. The chat or community may have moved, or the link is mistyped."].Value),
            403 => (t["Not allowed"].Value, t["Your account can't open this page. Moderators are named per community by an admin."].Value),
            429 => (t["Slow down"].Value, t["Too many requests in a short time. Wait a minute and try again."].Value),
            _ => (t["Something went wrong"].Value, t["Something went wrong on our side. Nothing you did caused it; try again in a moment."].Value),
        };
    }
}
