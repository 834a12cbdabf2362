using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Imports;

/// <summary>
/// Claiming an imported profile (SPEC rule 15): a person asks, a moderator of a community where the profile took part
/// confirms, and the person's account takes the profile's handle and its history. The account keeps its id, password
/// and tokens; the profile's posts, guest places and hosted chats move to it, and the empty profile is deleted.
/// </summary>
public sealed class ClaimService(
    AppDbContext db,
    People people,
    Permissions permissions,
    CommunityReader communities,
    AuditLog audit,
    UserManager<User> users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public async Task<ClaimDto> RequestAsync(int? userId, string? handle)
    {
        var claimant = permissions.RequireSignedIn(userId);
        var profile = await people.FindAsync(handle);
        if (!profile.Unclaimed)
        {
            throw Refusal.Conflict(t["@{0} is an account, not an imported profile: it can't be claimed.", profile.UserName!]);
        }

        var pending = await db.ProfileClaims.AnyAsync(c => c.ProfileId == profile.Id && c.ClaimantId == claimant && c.Status == ClaimStatus.Pending);
        if (pending)
        {
            throw Refusal.Conflict(t["You have already claimed @{0}; a moderator will look at it.", profile.UserName!]);
        }

        if (profile.Id == claimant)
        {
            throw Refusal.Conflict(t["@{0} is an account, not an imported profile: it can't be claimed.", profile.UserName!]);
        }

        var claim = new ProfileClaim
        {
            ProfileId = profile.Id,
            ProfileHandle = profile.UserName!,
            ClaimantId = claimant,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ProfileClaims.Add(claim);
        await db.SaveChangesAsync();
        return (await ReadAsync(db.ProfileClaims.Where(c => c.Id == claim.Id))).Single();
    }

    /// <summary>The claimant's own claims, newest first.</summary>
    public Task<List<ClaimDto>> MineAsync(int? userId)
    {
        var claimant = permissions.RequireSignedIn(userId);
        return ReadAsync(db.ProfileClaims.Where(c => c.ClaimantId == claimant));
    }

    /// <summary>Pending claims on profiles that took part in the community's chats, for its moderators.</summary>
    public async Task<List<ClaimDto>> PendingAsync(string communitySlug, int? userId)
    {
        var community = await communities.FindAsync(communitySlug);
        await permissions.RequireModeratorAsync(userId, community.Id);
        return await ReadAsync(db.ProfileClaims.Where(c => c.Status == ClaimStatus.Pending
            && db.Posts.Any(p => p.AuthorId == c.ProfileId && db.Chats.Any(ch => ch.Id == p.ChatId && ch.CommunityId == community.Id))));
    }

    /// <summary>
    /// Only a moderator of every community where the profile took part (or an admin) decides, and never for their own
    /// claim: confirming hands over the profile's whole history.
    /// </summary>
    public async Task<ClaimDto> DecideAsync(int claimId, int? userId, bool confirm)
    {
        var actor = permissions.RequireSignedIn(userId);
        var claim = await db.ProfileClaims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId)
            ?? throw Refusal.NotFound(t["There is no such claim."]);
        var communityIds = claim.ProfileId is { } profileId
            ? await db.Posts.Where(p => p.AuthorId == profileId)
                .Join(db.Chats, p => p.ChatId, c => c.Id, (_, c) => c.CommunityId).Distinct().ToListAsync()
            : [];
        var allowed = communityIds.Count > 0 && claim.ClaimantId != actor;
        foreach (var id in communityIds)
        {
            allowed = allowed && await permissions.IsModeratorAsync(actor, id);
        }

        if (!allowed)
        {
            throw Refusal.Forbidden(t["Only a moderator of every community where @{0} took part can decide this claim, and not for their own claim.", claim.ProfileHandle]);
        }

        var status = confirm ? ClaimStatus.Confirmed : ClaimStatus.Declined;
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Decided once: a second click, or a second moderator at the same moment, finds it decided.
        var now = clock.GetUtcNow().UtcDateTime;
        var decided = await db.ProfileClaims.Where(c => c.Id == claimId && c.Status == ClaimStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status).SetProperty(c => c.DecidedAt, now).SetProperty(c => c.DecidedById, actor));
        if (decided == 0)
        {
            throw Refusal.Conflict(t["This claim was decided already."]);
        }

        var claimant = await db.Users.FirstAsync(u => u.Id == claim.ClaimantId);
        audit.Record(communityIds[0], null, actor, confirm ? "profile.claimed" : "profile.claim.declined", "@" + claim.ProfileHandle, "@" + claimant.UserName);
        await db.SaveChangesAsync();
        if (confirm)
        {
            await MergeAsync(await db.Users.FirstAsync(u => u.Id == claim.ProfileId), claimant);
        }

        await transaction.CommitAsync();
        return (await ReadAsync(db.ProfileClaims.Where(c => c.Id == claimId))).Single();
    }

    /// <summary>The account takes the profile's place: its history first, then its handle.</summary>
    private async Task MergeAsync(User profile, User account)
    {
        await db.Posts.Where(p => p.AuthorId == profile.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.AuthorId, account.Id));
        await AttendanceKeeping.RefreshChatsOfAsync(db, account.Id); // the chats they took part in are the account's now (rule 32)
        await db.Chats.Where(c => c.HostId == profile.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.HostId, account.Id));
        var guestOf = await db.ChatGuests.Where(g => g.UserId == account.Id).Select(g => g.ChatId).ToListAsync();
        await db.ChatGuests.Where(g => g.UserId == profile.Id && guestOf.Contains(g.ChatId)).ExecuteDeleteAsync();
        await db.ChatGuests.Where(g => g.UserId == profile.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.UserId, account.Id));
        // Bans and moderator roles given to the profile follow the person too; other pending claims on it are declined.
        await db.Bans.Where(b => b.UserId == profile.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.UserId, account.Id));
        var moderates = await db.CommunityModerators.Where(m => m.UserId == account.Id).Select(m => m.CommunityId).ToListAsync();
        await db.CommunityModerators.Where(m => m.UserId == profile.Id && moderates.Contains(m.CommunityId)).ExecuteDeleteAsync();
        await db.CommunityModerators.Where(m => m.UserId == profile.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.UserId, account.Id));
        await db.ProfileClaims.Where(c => c.ProfileId == profile.Id && c.Status == ClaimStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ClaimStatus.Declined));

        var handle = profile.UserName!;
        db.Users.Remove(profile);
        await db.SaveChangesAsync();
        account.UserName = handle;
        account.NormalizedUserName = users.NormalizeName(handle);
        // Cookies carry the old handle: a new stamp makes the browser sign in again under the new one.
        account.SecurityStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync();
    }

    private Task<List<ClaimDto>> ReadAsync(IQueryable<ProfileClaim> claims) =>
        claims.AsNoTracking()
            .OrderByDescending(c => c.Id)
            .Select(c => new ClaimDto(
                c.Id, c.ProfileHandle, c.Profile != null ? c.Profile.DisplayName : c.Claimant.DisplayName, c.Claimant.UserName!, c.Claimant.DisplayName, c.CreatedAt, c.Status))
            .ToListAsync();
}

public sealed record ClaimDto(int Id, string Profile, string ProfileName, string Claimant, string ClaimantName, DateTime CreatedAt, ClaimStatus Status);

public sealed record ClaimRequest(string? Handle);
