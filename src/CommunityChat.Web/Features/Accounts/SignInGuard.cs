using System.Collections.Concurrent;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>
/// Wrong passwords pause the address that sends them, not the account (issue 9, item 3): ten wrong passwords for a
/// handle from one address within 15 minutes refuse that address for that handle for 5 minutes, while the account's
/// owner signs in from anywhere else as usual. Before this, ten wrong passwords from anyone locked the account itself,
/// so anyone could lock a host out just before their chat. Per-address limits on the sign-in routes stay on top (the
/// "accounts" rate limit). Counts live in this instance's memory: several instances each count their own.
/// </summary>
public sealed class SignInGuard(TimeProvider clock)
{
    public const int MaxFailures = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(5);

    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new();

    public bool IsPaused(string handle, string? address) =>
        _failures.TryGetValue(Key(handle, address), out var failures) && failures.PausedUntil > clock.GetUtcNow();

    public void Failed(string handle, string? address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > PruneAbove)
        {
            foreach (var (key, stale) in _failures.Where(f => f.Value.Since + Window < now && f.Value.PausedUntil < now))
            {
                _failures.TryRemove(key, out _);
            }
        }

        _failures.AddOrUpdate(
            Key(handle, address),
            _ => new Failures(1, now, DateTimeOffset.MinValue),
            (_, before) =>
            {
                var counted = before.Since + Window < now ? new Failures(1, now, before.PausedUntil) : before with { Count = before.Count + 1 };
                return counted.Count >= MaxFailures ? new Failures(0, now, now + Pause) : counted;
            });
    }

    public void Succeeded(string handle, string? address) => _failures.TryRemove(Key(handle, address), out _);

    private static string Key(string handle, string? address) => handle.ToUpperInvariant() + "\n" + address;

    private sealed record Failures(int Count, DateTimeOffset Since, DateTimeOffset PausedUntil);
}
