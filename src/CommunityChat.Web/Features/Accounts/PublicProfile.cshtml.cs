using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Live;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>/@handle: who someone is and what they said lately (visible posts only).</summary>
public sealed class PublicProfileModel(AppDbContext db, People people) : PageModel
{
    public User? Person { get; private set; }

    public IReadOnlyList<(PostDto Post, string ChatTitle, string ChatUrl)> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string handle)
    {
        Person = await people.TryFindAsync(handle);
        if (Person is null)
        {
            return NotFound();
        }

        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == Person.Id && !p.Hidden)
            .OrderByDescending(p => p.CreatedAt)
            .Take(30)
            .Join(db.Chats, p => p.ChatId, c => c.Id, (p, c) => new { p.Id, c.Title, c.Slug, Community = c.Community.Slug })
            .ToListAsync();
        var ids = posts.Select(p => p.Id).ToList();
        var dtos = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(PostDto.Projection).ToDictionaryAsync(p => p.Id);
        Posts = posts.Select(p => (dtos[p.Id], p.Title, $"/c/{p.Community}/{p.Slug}")).ToList();
        return Page();
    }
}
