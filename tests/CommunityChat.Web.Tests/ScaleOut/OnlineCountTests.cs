using CommunityChat.Web.Base.Live;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.ScaleOut;

/// <summary>
/// Issue 9, "several instances": "N people here" counts the people on every instance (each instance's count is kept in
/// Redis, refreshed every second), and the people of an instance that stops leave the count within seconds.
/// </summary>
public sealed class OnlineCountTests(PostgresServer postgres, RedisServer redis)
    : IClassFixture<PostgresServer>, IClassFixture<RedisServer>, IAsyncLifetime
{
    private static int _tests;
    private TestApp _first = null!;
    private TestApp _second = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CommunityChat:Database:Provider"] = "Postgres",
            ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
            // Each test its own Redis database: the rooms' counts are keyed by chat id, and every test's chat is 1.
            ["ConnectionStrings:Redis"] = $"{redis.ConnectionString},defaultDatabase={Interlocked.Increment(ref _tests) % 16}",
        };
        _first = TestApp.Start(settings);
        _second = TestApp.Start(settings);
    }

    public async ValueTask DisposeAsync()
    {
        // The second may be stopped already; disposing it again is harmless.
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task One_person_on_each_instance_makes_two_here_and_one_when_an_instance_stops()
    {
        var cast = await Cast.CreateAsync(_first, start: true);
        await using var onFirst = await _first.ConnectAsync();
        await onFirst.JoinAsync(cast.ChatId);
        await using var onSecond = await _second.ConnectAsync();

        Assert.Equal(2, (await onSecond.JoinAsync(cast.ChatId)).Online);
        await onFirst.WaitForAsync("OnlineChanged", e => Count(e) == 2);
        await onSecond.WaitForAsync("OnlineChanged", e => Count(e) == 2);

        var before = onFirst.Events.ToHashSet();
        await _second.DisposeAsync();
        var after = await onFirst.WaitForAsync("OnlineChanged", e => !before.Contains(e) && Count(e) == 1);
        Assert.Equal(cast.ChatId, after.Arguments[0].GetInt32());
    }

    [Fact]
    public async Task A_room_of_two_thousand_hears_its_count_at_most_every_two_seconds_across_instances()
    {
        var cast = await Cast.CreateAsync(_first, start: true);
        await using var reader = await _first.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        // Entered on the second instance: the first sums it from Redis, and one instance sends each change, paced.
        await Live.OnlineCadenceTests.AssertPacedAsync(reader, _second.Services.GetRequiredService<Presence>(), cast.ChatId);
    }

    private static int Count(HubEvent online) => online.Arguments[1].GetInt32();
}
