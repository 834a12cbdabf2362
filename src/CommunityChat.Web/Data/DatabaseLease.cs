using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Data;

/// <summary>
/// One job, one instance: a row in <c>Leases</c> that an instance takes when it is free or expired and renews while it
/// holds it. Each step is a single statement, so two instances asking at once cannot both get it: on PostgreSQL the
/// second UPDATE waits for the first's row lock and then finds the row no longer expired; on SQLite writes take turns.
/// When the holder dies it stops renewing, and another instance takes the lease once it expires; a holder that stops
/// cleanly hands it back (<see cref="ReleaseAsync"/>), so another takes it at its next ask. Times come from the
/// app's clock, so the instances' clocks must agree to well within the lease's duration (NTP).
/// </summary>
public sealed class DatabaseLease(AppDbContext db, TimeProvider clock)
{
    /// <returns>Whether <paramref name="holder"/> holds the lease for <paramref name="duration"/> from now.</returns>
    public async Task<bool> TryHoldAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var renewed = await db.Leases
            .Where(l => l.Name == name && (l.ExpiresAt < now || l.Holder == holder))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (renewed == 1)
        {
            return true;
        }

        // The first time anyone asks for it: of two inserts at once, the other one finds the row and adds nothing.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Leases" ("Name", "Holder", "ExpiresAt") VALUES ({name}, {holder}, {until}) ON CONFLICT ("Name") DO NOTHING""",
            cancellationToken);
        return inserted == 1;
    }

    /// <summary>
    /// Hands the lease back if <paramref name="holder"/> holds it: it expires at once, for any instance's clock, and the
    /// next to ask gets it.
    /// </summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken) =>
        db.Leases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, DateTime.UnixEpoch), cancellationToken);
}
