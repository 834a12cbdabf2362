using System.Globalization;

namespace CommunityChat.Web.Tests.Chats;

/// <summary>The plan form (SPEC rule 27): it proposes the community's next slot, and edits a plan from its version.</summary>
public sealed class PlanPageTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_new_plan_proposes_the_weekday_and_local_time_of_the_last_chat_at_its_next_occurrence()
    {
        var last = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-10).AddHours(18).AddMinutes(30), TimeSpan.Zero);
        var cast = await Cast.CreateAsync(_app, scheduledStart: last);
        await cast.Moderator.ChangePlanAsync(cast.ChatId, new { durationMinutes = 75 });
        var expected = last;
        while (expected <= DateTimeOffset.UtcNow)
        {
            expected = expected.AddDays(7);
        }

        var html = await (await cast.Moderator.Http.GetAsync($"c/{Cast.Community}/plan")).Content.ReadAsStringAsync();

        Assert.Contains($"value=\"{expected.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)}\"", html, StringComparison.Ordinal);
        Assert.Equal(last.DayOfWeek, expected.DayOfWeek);
        Assert.Contains("name=\"Form.DurationMinutes\" type=\"number\" min=\"5\" max=\"600\" value=\"75\"", html, StringComparison.Ordinal);
        Assert.Contains("Starts at (UTC)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_page_shows_the_plan_with_its_version_to_moderators_only()
    {
        var cast = await Cast.CreateAsync(_app);
        var plan = await cast.Moderator.Http.PlanAsync(cast.ChatId);
        var path = $"c/{Cast.Community}/{cast.Chat.Slug}/plan";

        var response = await cast.Moderator.Http.GetAsync(path);

        var html = await response.Content.ReadAsStringAsync();
        await Http.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Contains($"name=\"Form.PlanVersion\" value=\"{plan.PlanVersion}\"", html, StringComparison.Ordinal);
        Assert.Contains(Cast.Q3, html, StringComparison.Ordinal);
        Assert.Contains(">Save</button>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await cast.Participant.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cast.Moderator.Http.GetAsync($"c/{Cast.Community}/no-such-chat/plan")).StatusCode);
    }

    [Fact]
    public async Task An_ended_chat_has_no_plan_form_and_a_live_one_keeps_its_schedule_read_only()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var path = $"c/{Cast.Community}/{cast.Chat.Slug}/plan";

        var live = await (await cast.Moderator.Http.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"plan-start\" name=\"Form.Start\" type=\"datetime-local\"", live, StringComparison.Ordinal);
        Assert.Matches("id=\"plan-start\"[^>]*readonly", live);
        Assert.DoesNotContain("Form.Draft", live, StringComparison.Ordinal);

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        var ended = await (await cast.Moderator.Http.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains("This chat has ended: its plan can&#x27;t change any more.", ended, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"plan-form\"", ended, StringComparison.Ordinal);
    }
}
