using System.Linq.Expressions;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Communities;

/// <summary>Finding communities by their address (<c>/c/{slug}</c>) and showing them.</summary>
public sealed class CommunityReader(AppDbContext db, Permissions permissions, IStringLocalizer<SharedResource> t)
{
    public static string Url(string slug) => $"/c/{slug}";

    public async Task<IReadOnlyList<CommunityDto>> ListAsync() =>
        await db.Communities.AsNoTracking().OrderBy(c => c.Name).Select(Projection).ToListAsync();

    public async Task<CommunityDto> GetAsync(string slug) =>
        await db.Communities.AsNoTracking().Where(c => c.Slug == slug).Select(Projection).FirstOrDefaultAsync() ?? throw NotFound();

    /// <summary>The community and the account as its viewer, or null when there is no such community (a page's 404).</summary>
    public async Task<(CommunityDto Community, Viewer Viewer)?> FindForAsync(string slug, int? userId)
    {
        var community = await db.Communities.AsNoTracking().Where(c => c.Slug == slug).Select(Projection).FirstOrDefaultAsync();
        var id = await db.Communities.Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync();
        return community is null || id is null ? null : (community, await permissions.ViewerAsync(userId, id.Value));
    }

    /// <summary>The entity, tracked, for services that change it or need its id.</summary>
    public async Task<Community> FindAsync(string slug) =>
        await db.Communities.FirstOrDefaultAsync(c => c.Slug == slug) ?? throw NotFound();

    private static readonly Expression<Func<Community, CommunityDto>> Projection = c => new CommunityDto(
        c.Slug,
        c.Name,
        c.Hashtag,
        c.Description,
        c.CodeOfConduct,
        c.TimeZone,
        c.MaxPostLength,
        Url(c.Slug),
        c.Moderators.OrderBy(m => m.User.UserName).Select(m => m.User.UserName!).ToList());

    private Refusal NotFound() => Refusal.NotFound(t["There is no such community."]);
}
