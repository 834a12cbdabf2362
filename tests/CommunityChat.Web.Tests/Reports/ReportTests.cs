namespace CommunityChat.Web.Tests.Reports;

/// <summary>SPEC rule 8: participants report posts they can see; the reports land in the moderators' queue.</summary>
public sealed class ReportTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Report_over_the_api_lands_in_the_queue_with_the_post_and_the_reporter()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "Buy cheap followers at spam.example");

        var report = await Http.ReadAsync<ReportView>(
            await cast.Participant.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "Spam" }), HttpStatusCode.Created);

        Assert.Equal(("Spam", "open", post.Id), (report.Reason, report.Status, report.PostId));
        var queue = await QueueAsync(cast);
        var item = Assert.Single(queue);
        Assert.Equal((report.Id, "open", "Spam", "pat", post.Id, "Buy cheap followers at spam.example"),
            (item.Id, item.Status, item.Reason, item.Reporter.Handle, item.Post.Id, item.Post.Text));
    }

    /// <summary>Issue 9, found by the authorisation matrix: a banned account could still fill the moderators' queue.</summary>
    [Fact]
    public async Task A_banned_participant_cannot_report_and_the_queue_stays_empty()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "An answer someone dislikes");
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "Rude" }), HttpStatusCode.NoContent);

        var refused = await cast.Participant.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "Spam" });

        Assert.Equal("You're banned from this community.", await Http.ProblemDetailAsync(refused, HttpStatusCode.Forbidden));
        Assert.Empty(await QueueAsync(cast));
    }

    [Fact]
    public async Task Report_over_the_hub_is_the_same_report()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "A heated answer");
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);

        var report = (await participant.InvokeAsync("Report", post.Id, "Rude")).Deserialize<ReportView>(Http.Json)!;

        Assert.Equal(("Rude", "open"), (report.Reason, report.Status));
        Assert.Equal(report.Id, Assert.Single(await QueueAsync(cast)).Id);
    }

    [Fact]
    public async Task A_repeat_report_while_the_first_is_open_returns_the_same_report_with_200()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "Something odd");
        var first = await Http.ReadAsync<ReportView>(
            await cast.Participant.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "Odd" }), HttpStatusCode.Created);

        var again = await Http.ReadAsync<ReportView>(
            await cast.Participant.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "Still odd" }), HttpStatusCode.OK);

        Assert.Equal((first.Id, "Odd"), (again.Id, again.Reason));
        Assert.Single(await QueueAsync(cast));
    }

    [Fact]
    public async Task A_post_the_reporter_cannot_see_cannot_be_reported()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "Soon hidden");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{post.Id}/hide", new { reason = "off topic" }), HttpStatusCode.OK);

        var hidden = await cast.Participant.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "Spam" });
        var missing = await cast.Participant.Http.PostAsJsonAsync("api/posts/999999/reports", new { reason = "Spam" });

        Assert.Equal("There is no such post.", await Http.ProblemDetailAsync(hidden, HttpStatusCode.NotFound));
        Assert.Equal("There is no such post.", await Http.ProblemDetailAsync(missing, HttpStatusCode.NotFound));
        Assert.Empty(await QueueAsync(cast));
    }

    [Fact]
    public async Task Reports_need_a_reason_a_signed_in_reporter_and_someone_elses_post()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Participant, "My own words");

        var own = await cast.Participant.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "Oops" });
        var empty = await cast.Guest.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = " " });
        var tooLong = await cast.Guest.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = new string('x', 501) });
        var anonymous = await _app.Anonymous().PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "Spam" });

        Assert.Equal("You can't report your own post.", await Http.ProblemDetailAsync(own, HttpStatusCode.BadRequest));
        Assert.Equal("Say why you are reporting this post.", await Http.ProblemDetailAsync(empty, HttpStatusCode.BadRequest));
        Assert.Equal("A reason is at most 500 characters.", await Http.ProblemDetailAsync(tooLong, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_queue_is_for_moderators_only()
    {
        var cast = await Cast.CreateAsync(_app, start: true);

        var participant = await cast.Participant.Http.GetAsync($"api/communities/{Cast.Community}/reports");

        Assert.Equal("Only a moderator of this community can do that.", await Http.ProblemDetailAsync(participant, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task The_room_has_the_report_dialog_for_signed_in_people_only()
    {
        var cast = await Cast.CreateAsync(_app, start: true);

        var participant = await (await cast.Participant.Http.GetAsync(cast.Chat.Url.TrimStart('/'))).Content.ReadAsStringAsync();
        var reader = await (await _app.Anonymous().GetAsync(cast.Chat.Url.TrimStart('/'))).Content.ReadAsStringAsync();

        Assert.Contains("id=\"report-dialog\"", participant, StringComparison.Ordinal);
        Assert.Contains(">Send report</button>", participant, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"report-dialog\"", reader, StringComparison.Ordinal);
    }

    private static async Task<List<ReportItemView>> QueueAsync(Cast cast) =>
        await Http.ReadAsync<List<ReportItemView>>(await cast.Moderator.Http.GetAsync($"api/communities/{Cast.Community}/reports"), HttpStatusCode.OK);
}
