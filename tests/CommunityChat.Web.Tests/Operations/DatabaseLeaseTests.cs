using CommunityChat.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Operations;

/// <summary>
/// The lease that keeps the schedule on one instance (issue 9), on SQLite and a fake clock: held by one holder at a
/// time, renewed by its holder, taken by another only once it has expired. ScheduleLeaseTests runs it on PostgreSQL
/// with two instances.
/// </summary>
public sealed class DatabaseLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    public DatabaseLeaseTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_lease_is_held_by_one_holder_until_it_expires_then_another_takes_it()
    {
        Assert.True(await HoldAsync("first"));
        Assert.False(await HoldAsync("second"));

        _clock.Advance(Duration - TimeSpan.FromSeconds(1));
        Assert.True(await HoldAsync("first"));
        _clock.Advance(Duration - TimeSpan.FromSeconds(1));
        Assert.False(await HoldAsync("second"));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await HoldAsync("second"));
        Assert.False(await HoldAsync("first"));
    }

    [Fact]
    public async Task A_lease_handed_back_by_its_holder_is_taken_at_once_and_only_its_holder_can_hand_it_back()
    {
        Assert.True(await HoldAsync("first"));
        await ReleaseAsync("second");
        Assert.False(await HoldAsync("second"));

        await ReleaseAsync("first");
        Assert.True(await HoldAsync("second"));
        Assert.False(await HoldAsync("first"));
    }

    private async Task ReleaseAsync(string holder)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseLease>().ReleaseAsync("test", holder, CancellationToken.None);
    }

    private async Task<bool> HoldAsync(string holder)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseLease>().TryHoldAsync("test", holder, Duration, CancellationToken.None);
    }
}
