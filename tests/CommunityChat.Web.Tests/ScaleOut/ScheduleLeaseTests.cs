using System.Net.Http.Headers;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.ScaleOut;

/// <summary>
/// Issue 9, "several instances": the schedule (autopilot, automatic end) runs on the one instance holding the lease in
/// the database, and another takes over when that one stops. The schedule ticks every quarter second here, with a
/// 3-second lease, so a takeover takes seconds.
/// </summary>
public sealed class ScheduleLeaseTests(PostgresServer postgres, RedisServer redis)
    : IClassFixture<PostgresServer>, IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Runs = "runs the chat schedule now";

    private readonly LogCapture _firstLogs = new();
    private readonly LogCapture _secondLogs = new();
    private TestApp _first = null!;
    private TestApp _second = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CommunityChat:Database:Provider"] = "Postgres",
            ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["CommunityChat:Schedule:TickSeconds"] = "0.25",
            ["CommunityChat:Schedule:LeaseSeconds"] = "3",
            ["Logging:LogLevel:CommunityChat.Web.Features.Chats"] = "Information",
        };
        _first = TestApp.Start(settings, logs: _firstLogs);
        _second = TestApp.Start(settings, logs: _secondLogs);
    }

    public async ValueTask DisposeAsync()
    {
        // One of them may be stopped already; disposing it again is harmless.
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task One_instance_holds_the_schedule_and_a_chat_due_is_asked_and_ended_once()
    {
        // Its end (scheduled end + 30 minutes) is past, and autopilot asks Q1 at the start: both are due at once.
        var cast = await Cast.CreateAsync(_first, autopilot: true, scheduledStart: DateTimeOffset.UtcNow.AddMinutes(-91));
        await using var reader = await _second.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/start", null), HttpStatusCode.OK);
        await reader.WaitForAsync("ChatChanged", e => e.Chat.Status == "ended");

        var posts = await cast.PostsAsync(_second.Anonymous());
        Assert.Equal([("Q1", 1L)], posts.Select(p => (p.Label!, p.Sequence!.Value)));
        var audit = await cast.AuditAsync();
        Assert.Single(audit, a => a.Action == "question.asked");
        Assert.Single(audit, a => a.Action == "chat.ended.on-schedule");
        // Exactly one instance ever ran the schedule, the one the lease names; the other never even tried a step.
        var holders = new[] { (_first, _firstLogs), (_second, _secondLogs) }.Where(i => Logged(i.Item2, Runs)).ToList();
        Assert.Single(holders);
        Assert.Equal(InstanceId(holders[0].Item1), await LeaseHolderAsync(_first));
        Assert.False(Logged(_firstLogs, "Schedule step skipped") || Logged(_secondLogs, "Schedule step skipped"));
    }

    [Fact]
    public async Task When_the_instance_holding_the_schedule_stops_the_other_takes_it_over()
    {
        var cast = await Cast.CreateAsync(_first, scheduledStart: DateTimeOffset.UtcNow.AddMinutes(-91));
        var later = await PlanOverdueChatAsync(cast.Moderator.Http);
        await using (var reader = await _second.ConnectAsync())
        {
            await reader.JoinAsync(cast.ChatId);
            await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/start", null), HttpStatusCode.OK);
            await reader.WaitForAsync("ChatChanged", e => e.Chat.Status == "ended");
        }

        var holder = await LeaseHolderAsync(_first);
        var (stopping, staying) = holder == InstanceId(_first) ? (_first, _second) : (_second, _first);
        Assert.Equal(InstanceId(stopping), holder);
        await stopping.DisposeAsync();

        // A clean stop hands the lease back: it is expired or the other instance has it already, not renewed till later.
        var lease = await LeaseAsync(staying);
        Assert.True(lease.Holder == InstanceId(staying) || lease.ExpiresAt < DateTime.UtcNow, $"{lease.Holder} holds it until {lease.ExpiresAt:O}");

        // The other takes it and ends the next chat.
        using var moderator = new HttpClient { BaseAddress = staying.BaseAddress };
        moderator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cast.Moderator.Token);
        await using var laterReader = await staying.ConnectAsync();
        await laterReader.JoinAsync(later);
        await Http.ExpectAsync(await moderator.PostAsync($"api/chats/{later}/start", null), HttpStatusCode.OK);
        await laterReader.WaitForAsync("ChatChanged", e => e.Chat.Status == "ended");

        var audit = await Http.ReadAsync<List<AuditView>>(await moderator.GetAsync($"api/communities/{Cast.Community}/audit"), HttpStatusCode.OK);
        Assert.Single(audit, a => a.Action == "chat.ended.on-schedule" && a.ChatId == later);
        Assert.Equal(InstanceId(staying), await LeaseHolderAsync(staying));
    }

    private static async Task<int> PlanOverdueChatAsync(HttpClient moderator) =>
        (await Http.ReadAsync<ChatView>(await moderator.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title = "The week after",
            topic = "Leadership, continued",
            format = "1 question",
            scheduledStart = DateTimeOffset.UtcNow.AddMinutes(-91),
            durationMinutes = 60,
            guests = new[] { "gene" },
            questions = new object[] { new { number = 1, text = Cast.Q1, offsetMinutes = 0 } },
        }), HttpStatusCode.Created)).Id;

    private static bool Logged(LogCapture logs, string text) => logs.Lines.Any(l => l.Everything.Contains(text, StringComparison.Ordinal));

    private static string InstanceId(TestApp app) => app.Services.GetRequiredService<ServerInstance>().Id;

    private static async Task<Lease> LeaseAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Leases.AsNoTracking().SingleAsync(l => l.Name == "chat-schedule");
    }

    private static async Task<string> LeaseHolderAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Leases
            .Where(l => l.Name == "chat-schedule").Select(l => l.Holder).SingleAsync();
    }
}
