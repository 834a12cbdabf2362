using System.Text.RegularExpressions;
using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Accounts;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Communities;

public sealed partial class CommunityService(
    AppDbContext db,
    Permissions permissions,
    People people,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public async Task<CommunityDto> CreateAsync(int? userId, CreateCommunityRequest request)
    {
        await permissions.RequireAdminAsync(userId);
        var slug = (request.Slug ?? "").Trim().ToLowerInvariant();
        if (!SlugPattern().IsMatch(slug))
        {
            throw Refusal.BadRequest(t["A community's address is 2 to 40 lowercase letters, digits or dashes."]);
        }

        var name = (request.Name ?? "").Trim();
        if (name.Length is 0 or > 100)
        {
            throw Refusal.BadRequest(t["A community's name is 1 to 100 characters."]);
        }

        var hashtag = HashtagName.Clean(request.Hashtag);
        if (!HashtagName.IsValid(hashtag))
        {
            throw Refusal.BadRequest(t["A hashtag starts with a letter and holds only letters, digits or underscores."]);
        }

        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? "UTC" : request.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            throw Refusal.BadRequest(t["Unknown time zone: {0}. Use an IANA name such as Europe/Paris.", timeZone]);
        }

        if (await db.Communities.AnyAsync(c => c.Slug == slug))
        {
            throw Refusal.Conflict(t["The address /c/{0} is taken.", slug]);
        }

        var community = new Community
        {
            Slug = slug,
            Name = name,
            Hashtag = hashtag,
            Description = (request.Description ?? "").Trim(),
            CodeOfConduct = (request.CodeOfConduct ?? "").Trim(),
            TimeZone = timeZone,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Communities.Add(community);
        await db.SaveChangesAsync();
        return await GetAsync(slug);
    }

    public async Task<IReadOnlyList<CommunityDto>> ListAsync()
    {
        var slugs = await db.Communities.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Slug).ToListAsync();
        var list = new List<CommunityDto>(slugs.Count);
        foreach (var slug in slugs)
        {
            list.Add(await GetAsync(slug));
        }

        return list;
    }

    public async Task<CommunityDto> GetAsync(string slug)
    {
        var community = await db.Communities.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Slug,
                c.Name,
                c.Hashtag,
                c.Description,
                c.CodeOfConduct,
                c.TimeZone,
                c.MaxPostLength,
                Moderators = c.Moderators.OrderBy(m => m.User.UserName).Select(m => m.User.UserName!).ToList(),
            })
            .FirstOrDefaultAsync() ?? throw NotFound();
        return new CommunityDto(community.Slug, community.Name, community.Hashtag, community.Description,
            community.CodeOfConduct, community.TimeZone, community.MaxPostLength, $"/c/{community.Slug}", community.Moderators);
    }

    public async Task<Community> FindAsync(string slug) =>
        await db.Communities.FirstOrDefaultAsync(c => c.Slug == slug) ?? throw NotFound();

    public async Task NameModeratorAsync(int? userId, string slug, string handle)
    {
        await permissions.RequireAdminAsync(userId);
        var community = await FindAsync(slug);
        var user = await people.FindAsync(handle);
        if (!await db.CommunityModerators.AnyAsync(m => m.CommunityId == community.Id && m.UserId == user.Id))
        {
            db.CommunityModerators.Add(new CommunityModerator { CommunityId = community.Id, UserId = user.Id });
            db.AuditEntries.Add(Audit(community.Id, userId!.Value, "moderator.named", user.UserName));
            await db.SaveChangesAsync();
        }
    }

    public async Task RemoveModeratorAsync(int? userId, string slug, string handle)
    {
        await permissions.RequireAdminAsync(userId);
        var community = await FindAsync(slug);
        var user = await people.FindAsync(handle);
        var removed = await db.CommunityModerators.Where(m => m.CommunityId == community.Id && m.UserId == user.Id).ExecuteDeleteAsync();
        if (removed > 0)
        {
            db.AuditEntries.Add(Audit(community.Id, userId!.Value, "moderator.removed", user.UserName));
            await db.SaveChangesAsync();
        }
    }

    private AuditEntry Audit(int communityId, int actorId, string action, string? target) => new()
    {
        CommunityId = communityId,
        ActorId = actorId,
        Action = action,
        Target = target,
        At = clock.GetUtcNow().UtcDateTime,
    };

    private Refusal NotFound() => Refusal.NotFound(t["There is no such community."]);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$")]
    private static partial Regex SlugPattern();
}

public sealed record CreateCommunityRequest(
    string? Slug, string? Name, string? Hashtag, string? Description, string? CodeOfConduct, string? TimeZone);
