using System.Security.Cryptography;
using System.Text;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>Personal access tokens: shown once, stored as a SHA-256 hash, revocable.</summary>
public sealed class TokenService(AppDbContext db, TimeProvider clock, ConnectionRecheck recheck, IStringLocalizer<SharedResource> t)
{
    private const string Prefix = "cc_";

    /// <summary>How fresh "last used" is kept: one write per token per hour, not one per request.</summary>
    private static readonly TimeSpan UseResolution = TimeSpan.FromHours(1);

    public async Task<string> CreateAsync(int userId, string? name)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100)
        {
            throw Refusal.BadRequest(t["Give the token a name of 1 to 100 characters."]);
        }

        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        db.AccessTokens.Add(new AccessToken
        {
            UserId = userId,
            Name = name,
            Hash = Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>The token's account and the token's id, or null for an unknown or revoked token.</summary>
    public async Task<(User User, int TokenId)?> FindAsync(string secret)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(secret);
        var found = await db.AccessTokens.AsNoTracking()
            .Where(x => x.Hash == hash && x.RevokedAt == null)
            .Select(x => new { x.Id, x.LastUsedAt, x.User })
            .FirstOrDefaultAsync();
        if (found is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (found.LastUsedAt is not { } last || now - last >= UseResolution)
        {
            await db.AccessTokens.Where(x => x.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastUsedAt, now));
        }

        return (found.User, found.Id);
    }

    public Task<List<AccessToken>> ListAsync(int userId) =>
        db.AccessTokens.AsNoTracking()
            .Where(x => x.UserId == userId && x.RevokedAt == null)
            .OrderByDescending(x => x.Id)
            .ToListAsync();

    public async Task RevokeAsync(int userId, int tokenId)
    {
        var revoked = await db.AccessTokens
            .Where(x => x.Id == tokenId && x.UserId == userId && x.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, clock.GetUtcNow().UtcDateTime));
        if (revoked == 0)
        {
            throw Refusal.NotFound(t["That token doesn't exist or was already revoked."]);
        }

        // The hub connections it opened close now on this instance, within seconds on the others.
        await recheck.RecheckAsync(userId);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
