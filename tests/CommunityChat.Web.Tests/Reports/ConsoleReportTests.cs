namespace CommunityChat.Web.Tests.Reports;

/// <summary>
/// SPEC rule 8 in the console: a report reaches every moderator of the chat at once (ReportsChanged), and the console
/// handles it over the hub with the same rules as the report queue page.
/// </summary>
public sealed class ConsoleReportTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_report_signals_the_moderators_consoles_and_one_of_them_dismisses_it_over_the_hub()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "Borderline joke");
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await moderator.JoinAsync(cast.ChatId);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);

        var report = (await participant.InvokeAsync("Report", post.Id, "Not funny")).Deserialize<ReportView>(Http.Json)!;
        Assert.Equal(cast.ChatId, (await moderator.WaitForAsync("ReportsChanged")).Arguments[0].GetInt32());
        Assert.DoesNotContain(participant.Events, e => e.Name == "ReportsChanged");

        // Only moderators handle reports; nothing changes when someone else tries.
        Assert.Equal("Only a moderator of this community can do that.", await participant.RefusalAsync("DismissReport", report.Id));
        Assert.Equal("Only a moderator of this community can do that.", await participant.RefusalAsync("HideReported", report.Id));

        await moderator.InvokeAsync("DismissReport", report.Id);
        await moderator.WaitForCountAsync("ReportsChanged", 2);
        var queue = await Http.ReadAsync<List<JsonElement>>(await cast.Moderator.Http.GetAsync($"api/communities/{Cast.Community}/reports"), HttpStatusCode.OK);
        Assert.Equal("dismissed", Assert.Single(queue).GetProperty("status").GetString());
        Assert.Contains(await cast.PostsAsync(_app.Anonymous()), p => p.Id == post.Id);
    }

    [Fact]
    public async Task Hide_from_the_console_hides_the_post_with_the_reports_reason()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "Spammy link");
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await moderator.JoinAsync(cast.ChatId);
        var report = await Http.ReadAsync<ReportView>(
            await cast.Participant.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "spam" }), HttpStatusCode.Created);

        await moderator.InvokeAsync("HideReported", report.Id);

        Assert.Equal("spam", (await moderator.WaitForPostAsync("PostChanged", p => p.Id == post.Id && p.Hidden)).HiddenReason);
        Assert.DoesNotContain(await cast.PostsAsync(_app.Anonymous()), p => p.Id == post.Id);
    }
}
