using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Communities;

/// <summary>
/// A community's code of conduct (SPEC rule 26): where it is not empty, a participant agrees to it once before their
/// first post there. Posting asks <see cref="RequireAgreed"/>; the room asks <see cref="MustAgreeAsync"/> to show
/// it with "I agree". Hosts, guests and moderators are exempt: the caller, who knows the author's role, decides that.
/// </summary>
public sealed class CodeOfConduct(AppDbContext db, Permissions permissions, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    /// <summary>The code's text when this account has yet to agree to it, else null (an empty code asks nothing).</summary>
    public async Task<string?> MustAgreeAsync(int communityId, int userId)
    {
        var code = await db.Communities.Where(c => c.Id == communityId).Select(c => c.CodeOfConduct).FirstAsync();
        return string.IsNullOrWhiteSpace(code) || await HasAgreedAsync(communityId, userId) ? null : code;
    }

    public async Task<string?> MustAgreeAsync(string slug, int userId)
    {
        var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).FirstAsync();
        return await MustAgreeAsync(communityId, userId);
    }

    /// <summary>
    /// For posting (the hot path): the caller has read, with the chat, whether this account <paramref name="agreed"/>
    /// (PostingStanding), so an empty code and an agreed one cost nothing here.
    /// </summary>
    public void RequireAgreed(Community community, bool agreed)
    {
        ArgumentNullException.ThrowIfNull(community);
        if (!agreed && !string.IsNullOrWhiteSpace(community.CodeOfConduct))
        {
            throw Refusal.Forbidden(t["Agree to this community's code of conduct before your first post: the room shows it with an \"I agree\" button."]);
        }
    }

    /// <summary>Records the agreement; agreeing again changes nothing.</summary>
    public async Task AgreeAsync(string slug, int? userId)
    {
        var id = permissions.RequireSignedIn(userId);
        var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync()
            ?? throw Refusal.NotFound(t["There is no such community."]);
        if (await HasAgreedAsync(communityId, id))
        {
            return;
        }

        var agreement = db.CommunityAgreements.Add(new CommunityAgreement { CommunityId = communityId, UserId = id, AgreedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two tabs agreed at once: the other one stored it.
            agreement.State = EntityState.Detached;
            if (!await HasAgreedAsync(communityId, id))
            {
                throw;
            }
        }
    }

    private Task<bool> HasAgreedAsync(int communityId, int userId) =>
        db.CommunityAgreements.AnyAsync(a => a.CommunityId == communityId && a.UserId == userId);
}
