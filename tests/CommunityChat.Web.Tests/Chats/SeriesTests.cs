using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Chats;

/// <summary>
/// SPEC rule 25: "Plan the next one" makes a draft a week later at the same local time in the community's zone, with the
/// title's number one up, the hashtag, format, length, autopilot and question minutes copied, and the texts and guests
/// left to fill; the draft can't be scheduled or started until every question is written.
/// </summary>
public sealed class SeriesTests : IAsyncLifetime
{
    // Sunday 2026-03-01: the chats below are planned in March, before and after Paris's clocks go forward (2026-03-29).
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TestApp _app;

    public SeriesTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_next_one_copies_the_pattern_and_leaves_texts_topic_and_guests_to_fill()
    {
        var cast = await Cast.CreateAsync(_app, autopilot: true, scheduledStart: new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero));
        await cast.Moderator.ChangePlanAsync(cast.ChatId, new { title = "#TwitterSmarter chat 41", hashtag = "SmarterChat", durationMinutes = 45 });

        var response = await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/next", null);

        var next = await Http.ReadAsync<PlanView>(response, HttpStatusCode.Created);
        Assert.Equal($"/api/chats/{next.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("#TwitterSmarter chat 42", "", "3 questions directed at the guest", "SmarterChat"), (next.Title, next.Topic, next.Format, next.Hashtag));
        Assert.Equal(("draft", 45, true), (next.Status, next.DurationMinutes, next.Autopilot));
        Assert.Equal(new DateTime(2026, 3, 12, 17, 0, 0, DateTimeKind.Utc), next.ScheduledStart);
        Assert.Empty(next.Guests);
        Assert.Equal([(1, "", (int?)0), (2, "", 10), (3, "", 20)], next.Questions.Select(q => (q.Number, q.Text, q.OffsetMinutes)));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync($"api/chats/{next.Id}")).StatusCode);
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "chat.planned" && a.Detail == $"next after {cast.Chat.Slug}");
    }

    [Fact]
    public async Task A_week_later_is_the_same_local_time_across_the_clocks_going_forward_and_a_taken_week_moves_on()
    {
        var cast = await Cast.CreateAsync(_app);
        await Http.ExpectAsync(await cast.Admin.Http.PostAsJsonAsync("api/communities", new
        {
            slug = "paris",
            name = "Paris chats",
            hashtag = "ParisChat",
            description = "",
            codeOfConduct = "",
            timeZone = "Europe/Paris",
        }), HttpStatusCode.Created);
        await Http.ExpectAsync(await cast.Admin.Http.PutAsync("api/communities/paris/moderators/mod", null), HttpStatusCode.NoContent);

        // Thursday 2026-03-26 19:00 in Paris is 18:00 UTC (winter time); a week later, 19:00 is 17:00 UTC (summer time).
        var episode = await Http.ReadAsync<PlanView>(await cast.Moderator.Http.PostAsJsonAsync("api/communities/paris/chats", new
        {
            title = "Episode 12",
            topic = "Spring",
            format = "Two questions",
            scheduledStart = new DateTimeOffset(2026, 3, 26, 18, 0, 0, TimeSpan.Zero),
            durationMinutes = 60,
            questions = new object[] { new { number = 1, text = "One?", offsetMinutes = 0 }, new { number = 2, text = "Two?", offsetMinutes = 30 } },
        }), HttpStatusCode.Created);

        var next = await Http.ReadAsync<PlanView>(await cast.Moderator.Http.PostAsync($"api/chats/{episode.Id}/next", null), HttpStatusCode.Created);
        var after = await Http.ReadAsync<PlanView>(await cast.Moderator.Http.PostAsync($"api/chats/{episode.Id}/next", null), HttpStatusCode.Created);

        Assert.Equal(new DateTime(2026, 4, 2, 17, 0, 0, DateTimeKind.Utc), next.ScheduledStart);
        Assert.Equal("Episode 13", next.Title);
        Assert.Equal(new DateTime(2026, 4, 9, 17, 0, 0, DateTimeKind.Utc), after.ScheduledStart);
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.Equal(19, TimeZoneInfo.ConvertTimeFromUtc(next.ScheduledStart, paris).Hour);
    }

    [Fact]
    public async Task Only_the_communitys_moderators_plan_the_next_one()
    {
        var cast = await Cast.CreateAsync(_app);
        var path = $"api/chats/{cast.ChatId}/next";

        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous().PostAsync(path, null)).StatusCode);
        Assert.False(string.IsNullOrEmpty(await Http.ProblemDetailAsync(await cast.Participant.Http.PostAsync(path, null), HttpStatusCode.Forbidden)));
        Assert.Equal(HttpStatusCode.Forbidden, (await cast.Guest.Http.PostAsync(path, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cast.Moderator.Http.PostAsync("api/chats/9999/next", null)).StatusCode);
        Assert.Single(await Http.ReadAsync<List<PlanView>>(await cast.Moderator.Http.GetAsync($"api/communities/{Cast.Community}/chats"), HttpStatusCode.OK));
    }

    [Fact]
    public async Task The_draft_is_neither_scheduled_nor_started_until_every_question_has_its_text()
    {
        var cast = await Cast.CreateAsync(_app, scheduledStart: new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero));
        var next = await Http.ReadAsync<PlanView>(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/next", null), HttpStatusCode.Created);

        var kept = await cast.Moderator.ChangePlanAsync(next.Id, new
        {
            questions = new object[] { new { number = 1, text = "Filled in", offsetMinutes = 0 }, new { number = 2, text = "", offsetMinutes = 10 }, new { number = 3, text = "", offsetMinutes = 20 } },
        });
        Assert.Equal(["Filled in", "", ""], kept.Questions.Select(q => q.Text));

        var schedule = await Http.ProblemDetailAsync(await cast.Moderator.PutPlanAsync(next.Id, new { draft = false }), HttpStatusCode.BadRequest);
        var start = await Http.ProblemDetailAsync(await cast.Moderator.Http.PostAsync($"api/chats/{next.Id}/start", null), HttpStatusCode.BadRequest);
        var url = (await Http.ReadAsync<ChatView>(await cast.Moderator.Http.GetAsync($"api/chats/{next.Id}"), HttpStatusCode.OK)).Url.TrimStart('/');
        var page = await cast.Moderator.Http.SubmitAsync(
            url + "/plan", url + "/plan?handler=Schedule", new Dictionary<string, string> { ["returnUrl"] = "/c/" + Cast.Community });

        Assert.Equal("Q2 has no text yet. Write it or remove it before scheduling the chat.", schedule);
        Assert.Equal("Q2 has no text yet. Write it or remove it before starting the chat.", start);
        Assert.Contains("Q2 has no text yet. Write it or remove it before scheduling the chat.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("draft", (await cast.Moderator.Http.PlanAsync(next.Id)).Status);

        var scheduled = await cast.Moderator.ChangePlanAsync(next.Id, new
        {
            questions = new object[] { new { number = 1, text = "Filled in", offsetMinutes = 0 }, new { number = 2, text = "Second", offsetMinutes = 10 }, new { number = 3, text = "Third", offsetMinutes = 20 } },
            draft = false,
        });
        Assert.Equal("scheduled", scheduled.Status);
        Assert.Equal([(1, (int?)0), (2, 10), (3, 20)], scheduled.Questions.Select(q => (q.Number, q.OffsetMinutes)));
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().GetAsync($"api/chats/{next.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_button_plans_the_next_one_and_the_plan_form_keeps_its_empty_questions_in_the_draft()
    {
        var cast = await Cast.CreateAsync(_app, scheduledStart: new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero));
        var source = $"c/{Cast.Community}/{cast.Chat.Slug}";

        // The redirect is read, not followed: a followed redirect drops the bearer token.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.BaseAddress };
        browser.DefaultRequestHeaders.Authorization = new("Bearer", cast.Moderator.Token);
        var created = await browser.SubmitAsync(source + "/moderate", source + "/plan?handler=Next", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var plan = created.Headers.Location!.OriginalString.TrimStart('/');
        Assert.Matches("^c/smarter/2026-03-12-leadership-in-social-media-communities/plan$", plan);
        var landed = await cast.Moderator.Http.GetAsync(plan);
        var html = await landed.Content.ReadAsStringAsync();
        Assert.Contains("name=\"Form.Questions[2].Planned\" value=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Questions[3].Planned\"", html, StringComparison.Ordinal);
        var chats = await Http.ReadAsync<List<PlanView>>(await cast.Moderator.Http.GetAsync($"api/communities/{Cast.Community}/chats"), HttpStatusCode.OK);
        var next = Assert.Single(chats, c => c.Status == "draft");

        var fields = Fields(next, ("Who leads?", "0"), ("", "10"), ("", "20"));
        var saved = await browser.SubmitAsync(plan, plan, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await cast.Moderator.Http.PlanAsync(next.Id);
        Assert.Equal(["Who leads?", "", ""], draft.Questions.Select(q => q.Text));

        fields["Form.Draft"] = "false";
        fields["Form.PlanVersion"] = draft.PlanVersion!.Value.ToString(CultureInfo.InvariantCulture);
        var refused = await browser.SubmitAsync(plan, plan, fields);
        Assert.Contains("Q2 has no text yet. Write it or remove it before scheduling the chat.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_forms_buttons_move_remove_and_add_questions_without_saving()
    {
        var cast = await Cast.CreateAsync(_app, scheduledStart: new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero));
        var plan = $"c/{Cast.Community}/{cast.Chat.Slug}/plan";
        var chat = await cast.Moderator.Http.PlanAsync(cast.ChatId);
        var fields = Fields(chat, (Cast.Q1, "0"), (Cast.Q2, "10"), (Cast.Q3, "20"));

        fields["arrange"] = "up:2";
        var moved = await (await cast.Moderator.Http.SubmitAsync(plan, plan, fields)).Content.ReadAsStringAsync();
        fields["arrange"] = "remove:0";
        var removed = await (await cast.Moderator.Http.SubmitAsync(plan, plan, fields)).Content.ReadAsStringAsync();
        fields["arrange"] = "add";
        var added = await (await cast.Moderator.Http.SubmitAsync(plan, plan, fields)).Content.ReadAsStringAsync();

        Assert.True(moved.IndexOf(Cast.Q3, StringComparison.Ordinal) < moved.IndexOf(Cast.Q2, StringComparison.Ordinal), "Q3's text moved up to Q2");
        Assert.Contains("id=\"plan-q1-offset\" name=\"Form.Questions[1].OffsetMinutes\" type=\"number\" min=\"0\" max=\"600\" value=\"10\"", moved, StringComparison.Ordinal);
        Assert.DoesNotContain(Cast.Q1, removed, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Questions[3].Planned\" value=\"true\"", added, StringComparison.Ordinal);
        Assert.Equal([Cast.Q1, Cast.Q2, Cast.Q3], (await cast.Moderator.Http.PlanAsync(cast.ChatId)).Questions.Select(q => q.Text));

        fields.Remove("arrange");
        fields["Form.Questions[1].Text"] = Cast.Q3;
        fields["Form.Questions[2].Text"] = Cast.Q2;
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.BaseAddress };
        browser.DefaultRequestHeaders.Authorization = new("Bearer", cast.Moderator.Token);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(plan, plan, fields)).StatusCode);
        Assert.Equal([Cast.Q1, Cast.Q3, Cast.Q2], (await cast.Moderator.Http.PlanAsync(cast.ChatId)).Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task An_ended_chats_page_and_the_community_archive_offer_moderators_the_next_one()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        var form = $"action=\"{cast.Chat.Url}/plan?handler=Next\"";

        var transcript = await (await cast.Moderator.Http.GetAsync(cast.Chat.Url.TrimStart('/'))).Content.ReadAsStringAsync();
        var community = await (await cast.Moderator.Http.GetAsync($"c/{Cast.Community}")).Content.ReadAsStringAsync();
        var asParticipant = await (await cast.Participant.Http.GetAsync(cast.Chat.Url.TrimStart('/'))).Content.ReadAsStringAsync();

        Assert.Contains(form, transcript, StringComparison.Ordinal);
        Assert.Contains(">Plan the next one</button>", transcript, StringComparison.Ordinal);
        Assert.Contains(form, community, StringComparison.Ordinal);
        Assert.DoesNotContain("Plan the next one", asParticipant, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await cast.Participant.Http.SubmitAsync(cast.Chat.Url.TrimStart('/'), cast.Chat.Url.TrimStart('/') + "/plan?handler=Next", new Dictionary<string, string>())).StatusCode);
    }

    /// <summary>The plan form's fields for a chat, with the given question rows (text, minute), each a planned question.</summary>
    private static Dictionary<string, string> Fields(PlanView chat, params (string Text, string Minute)[] rows)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = chat.Title,
            ["Form.Topic"] = chat.Topic,
            ["Form.Format"] = chat.Format,
            ["Form.Hashtag"] = chat.Hashtag,
            ["Form.Start"] = chat.ScheduledStart.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Form.DurationMinutes"] = chat.DurationMinutes.ToString(CultureInfo.InvariantCulture),
            ["Form.Guests"] = string.Join(", ", chat.Guests.Select(g => g.Handle)),
            ["Form.Draft"] = chat.Status == "draft" ? "true" : "false",
            ["Form.PlanVersion"] = chat.PlanVersion?.ToString(CultureInfo.InvariantCulture) ?? "",
        };
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Form.Questions[{i}].Text"] = rows[i].Text;
            fields[$"Form.Questions[{i}].OffsetMinutes"] = rows[i].Minute;
            fields[$"Form.Questions[{i}].Planned"] = "true";
        }

        return fields;
    }
}
