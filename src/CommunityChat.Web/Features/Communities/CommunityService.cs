using System.Text.RegularExpressions;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Communities;

/// <summary>Creating communities and naming their moderators: the admin's part (SPEC section 2).</summary>
public sealed partial class CommunityService(
    AppDbContext db,
    Permissions permissions,
    People people,
    CommunityReader communities,
    AuditLog audit,
    TimeProvider clock,
    ConnectionRecheck recheck,
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
        return await communities.GetAsync(slug);
    }

    public async Task NameModeratorAsync(int? userId, string slug, string handle)
    {
        var actor = await permissions.RequireAdminAsync(userId);
        var community = await communities.FindAsync(slug);
        var user = await people.FindAsync(handle);
        if (!await db.CommunityModerators.AnyAsync(m => m.CommunityId == community.Id && m.UserId == user.Id))
        {
            db.CommunityModerators.Add(new CommunityModerator { CommunityId = community.Id, UserId = user.Id });
            audit.Record(community.Id, null, actor, "moderator.named", user.UserName);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The removal and its audit entry commit together, in one SaveChanges.</summary>
    public async Task RemoveModeratorAsync(int? userId, string slug, string handle)
    {
        var actor = await permissions.RequireAdminAsync(userId);
        var community = await communities.FindAsync(slug);
        var user = await people.FindAsync(handle);
        var moderator = await db.CommunityModerators.FirstOrDefaultAsync(m => m.CommunityId == community.Id && m.UserId == user.Id);
        if (moderator is not null)
        {
            db.CommunityModerators.Remove(moderator);
            audit.Record(community.Id, null, actor, "moderator.removed", user.UserName);
            await db.SaveChangesAsync();
            // Their open connections leave the moderators' groups now here, within seconds on other instances.
            await recheck.RecheckAsync(user.Id);
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$")]
    private static partial Regex SlugPattern();
}

public sealed record CreateCommunityRequest(
    string? Slug, string? Name, string? Hashtag, string? Description, string? CodeOfConduct, string? TimeZone);
