using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Communities;

/// <summary>
/// A community's settings, changed by its moderators (SPEC section 4): the one validation path for
/// <c>PUT /api/communities/{slug}/settings</c> and the settings page. Blocked words are kept here; posting holds
/// a participant's post that contains one (rule 20).
/// </summary>
public sealed class CommunitySettings(
    AppDbContext db,
    Permissions permissions,
    CommunityReader communities,
    AuditLog audit,
    IStringLocalizer<SharedResource> t)
{
    public const int MinPostLength = 50;
    public const int MaxPostLength = 2000;
    public const int MaxBlockedWords = 200;
    public const int MaxBlockedWordLength = 50;

    public async Task<CommunitySettingsDto> GetAsync(string slug, int? userId)
    {
        var community = await communities.FindAsync(slug);
        await permissions.RequireModeratorAsync(userId, community.Id);
        return ToDto(community);
    }

    /// <summary>Changes what the request names and leaves the rest; nothing is saved unless every field is valid.</summary>
    public async Task<CommunitySettingsDto> UpdateAsync(string slug, int? userId, CommunitySettingsRequest request)
    {
        var community = await communities.FindAsync(slug);
        var actor = await permissions.RequireModeratorAsync(userId, community.Id);
        var changed = new List<string>();

        if (request.Name is not null)
        {
            var name = request.Name.Trim();
            if (name.Length is 0 or > 100)
            {
                throw Refusal.BadRequest(t["A community's name is 1 to 100 characters."]);
            }

            Set(community.Name != name, "name", () => community.Name = name);
        }

        if (request.Description is not null)
        {
            var description = request.Description.Trim();
            if (description.Length > 2000)
            {
                throw Refusal.BadRequest(t["A description is at most 2,000 characters."]);
            }

            Set(community.Description != description, "description", () => community.Description = description);
        }

        if (request.CodeOfConduct is not null)
        {
            var code = request.CodeOfConduct.Trim();
            if (code.Length > 10000)
            {
                throw Refusal.BadRequest(t["A code of conduct is at most 10,000 characters."]);
            }

            Set(community.CodeOfConduct != code, "codeOfConduct", () => community.CodeOfConduct = code);
        }

        if (request.TimeZone is not null)
        {
            var zone = request.TimeZone.Trim();
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                throw Refusal.BadRequest(t["Unknown time zone: {0}. Use an IANA name such as Europe/Paris.", zone]);
            }

            Set(community.TimeZone != zone, "timeZone", () => community.TimeZone = zone);
        }

        if (request.MaxPostLength is { } length)
        {
            if (length is < MinPostLength or > MaxPostLength)
            {
                throw Refusal.BadRequest(t["The longest post is {0} to {1} characters.", MinPostLength, MaxPostLength]);
            }

            Set(community.MaxPostLength != length, "maxPostLength", () => community.MaxPostLength = length);
        }

        if (request.BlockedWords is not null)
        {
            var words = request.BlockedWords.Select(w => (w ?? "").Trim()).Where(w => w.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (words.Count > MaxBlockedWords || words.Any(w => w.Length > MaxBlockedWordLength))
            {
                throw Refusal.BadRequest(t["Block at most {0} words, each at most {1} characters.", MaxBlockedWords, MaxBlockedWordLength]);
            }

            Set(!community.BlockedWords.SequenceEqual(words), "blockedWords", () => community.BlockedWords = words);
        }

        if (changed.Count > 0)
        {
            audit.Record(community.Id, null, actor, "community.settings", community.Slug, string.Join(", ", changed));
            await db.SaveChangesAsync();
        }

        return ToDto(community);

        void Set(bool differs, string field, Action apply)
        {
            if (differs)
            {
                apply();
                changed.Add(field);
            }
        }
    }

    private static CommunitySettingsDto ToDto(Community c) =>
        new(c.Slug, c.Name, c.Description, c.CodeOfConduct, c.TimeZone, c.MaxPostLength, c.BlockedWords);
}

public sealed record CommunitySettingsRequest(
    string? Name, string? Description, string? CodeOfConduct, string? TimeZone, int? MaxPostLength, IReadOnlyList<string?>? BlockedWords);

public sealed record CommunitySettingsDto(
    string Slug, string Name, string Description, string CodeOfConduct, string TimeZone, int MaxPostLength, IReadOnlyList<string> BlockedWords);
