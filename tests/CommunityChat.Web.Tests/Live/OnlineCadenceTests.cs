using System.Diagnostics;
using CommunityChat.Web.Base.Live;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Live;

/// <summary>
/// Decision 80: a room hears its count at most once a second, and a big room less often (a millisecond per person):
/// 5,000 people coming and going cost 5,000 OnlineChanged messages a second before. The people past the first are
/// entered into the instance's presence directly: what is measured is the broadcaster's pace, not 2,000 connections.
/// </summary>
public sealed class OnlineCadenceTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_room_of_two_thousand_hears_its_count_at_most_every_two_seconds()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);
        await AssertPacedAsync(reader, _app.Services.GetRequiredService<Presence>(), cast.ChatId);
    }

    /// <summary>Fills the room to 2,000, then adds one: the second count comes about two seconds after the first, not one.</summary>
    internal static async Task AssertPacedAsync(RoomClient reader, Presence presence, int chatId)
    {
        // The reader is the first of the 2,000.
        for (var i = 1; i < 2_000; i++)
        {
            presence.Enter($"elsewhere-{i}", chatId);
        }

        await reader.WaitForAsync("OnlineChanged", e => Count(e) == 2_000);
        var clock = Stopwatch.StartNew();
        presence.Enter("one-more", chatId);
        await reader.WaitForAsync("OnlineChanged", e => Count(e) == 2_001);

        // Two seconds after the last, less the tick's slack; a second (the pace of a small room) fails.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
    }

    private static int Count(HubEvent online) => online.Arguments[1].GetInt32();
}
