using CommunityChat.Web.Data;

namespace CommunityChat.Web.Base.Access;

/// <summary>Adds an audit entry to the unit of work, so it commits with the action it records (SPEC rule 8).</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public void Record(int communityId, int? chatId, int actorId, string action, string? target = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            CommunityId = communityId,
            ChatId = chatId,
            ActorId = actorId,
            Action = action,
            Target = target,
            Detail = detail,
            At = clock.GetUtcNow().UtcDateTime,
        });
}
