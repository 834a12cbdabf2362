using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Communities;

/// <summary>
/// The community page's archive (issue 6): ended chats one year at a time, newest year first, each card with its topic
/// and its public answer count.
/// </summary>
public sealed class ArchiveYearsTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_archive_shows_one_year_at_a_time_with_each_chats_public_answer_count()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await cast.PostAsync(cast.Guest, "A1 Guest answer");
        await cast.PostAsync(cast.Participant, "A1 Participant answer");
        var hidden = await cast.PostAsync(cast.Participant, "A1 Hidden answer");
        await cast.PostAsync(cast.Participant, "Just a comment");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden.Id}/hide", new { reason = "x" }), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);

        var older = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title = "An older chat about onboarding",
            topic = "Onboarding",
            format = "Q&A",
            scheduledStart = DateTimeOffset.UtcNow,
            durationMinutes = 60,
            guests = Array.Empty<string>(),
            questions = new[] { new { number = 1, text = "Why?" } },
        }), HttpStatusCode.Created);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{older.Id}/start", null), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{older.Id}/end", null), HttpStatusCode.OK);
        // It took place in 2023 (as an imported chat would have): the API cannot date a chat in the past.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Chats.Where(c => c.Id == older.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.StartedAt, new DateTime(2023, 5, 4, 18, 0, 0, DateTimeKind.Utc)));
        }

        var thisYear = DateTime.UtcNow.Year;
        var page = await _app.Anonymous().GetStringAsync($"c/{Cast.Community}");
        Assert.Contains($"Archive · {thisYear}", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/c/{Cast.Community}?year=2023#archive-heading\"", page, StringComparison.Ordinal);
        Assert.Contains("Leadership in social media communities", page, StringComparison.Ordinal);
        Assert.Contains("2 answers", page, StringComparison.Ordinal);
        Assert.Contains("The Role of Leadership in Social Media Communities", page, StringComparison.Ordinal);
        Assert.DoesNotContain("An older chat about onboarding", page, StringComparison.Ordinal);

        var year2023 = await _app.Anonymous().GetStringAsync($"c/{Cast.Community}?year=2023");
        Assert.Contains("Archive · 2023", year2023, StringComparison.Ordinal);
        Assert.Contains("An older chat about onboarding", year2023, StringComparison.Ordinal);
        Assert.Contains("0 answers", year2023, StringComparison.Ordinal);
        Assert.DoesNotContain("2 answers", year2023, StringComparison.Ordinal);

        // A year with nothing in it shows the newest.
        Assert.Contains($"Archive · {thisYear}", await _app.Anonymous().GetStringAsync($"c/{Cast.Community}?year=1999"), StringComparison.Ordinal);
    }
}
