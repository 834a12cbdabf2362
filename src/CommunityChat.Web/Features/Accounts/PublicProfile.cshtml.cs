using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>/@handle: who someone is and what they said lately (public posts only).</summary>
public sealed class PublicProfileModel(People people, PostReader posts) : PageModel
{
    public const int MaxPosts = 30;

    public User? Person { get; private set; }

    public IReadOnlyList<PostInChat> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string handle)
    {
        Person = await people.TryFindAsync(handle);
        if (Person is null)
        {
            return NotFound();
        }

        var id = Person.Id;
        Posts = await posts.LatestAsync(p => p.AuthorId == id, MaxPosts);
        return Page();
    }
}
