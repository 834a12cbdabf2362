namespace CommunityChat.Web.Tests.Reports;

/// <summary>/c/{community}/reports: the queue page, for moderators only; hide, dismiss and ban in one click, each audited.</summary>
public sealed class ReportQueuePageTests : IAsyncLifetime
{
    private const string Page = $"c/{Cast.Community}/reports";

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_queue_page_shows_open_reports_to_moderators_and_refuses_participants()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var empty = await (await cast.Moderator.Http.GetAsync(Page)).Content.ReadAsStringAsync();
        var post = await cast.PostAsync(cast.Guest, "Follow me for free crypto");
        await ReportAsync(cast, post.Id, "Scam link");

        var html = await (await cast.Moderator.Http.GetAsync(Page)).Content.ReadAsStringAsync();

        Assert.Contains("No report is waiting.", empty, StringComparison.Ordinal);
        Assert.Contains("Follow me for free crypto", html, StringComparison.Ordinal);
        Assert.Contains("Scam link", html, StringComparison.Ordinal);
        Assert.Contains(">Ban @gene</button>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await cast.Participant.Http.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cast.Moderator.Http.GetAsync("c/nowhere/reports")).StatusCode);
    }

    [Fact]
    public async Task Hide_from_the_queue_hides_the_post_with_the_reports_reason_and_is_audited()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "Rude words here");
        var report = await ReportAsync(cast, post.Id, "Insulting");

        var response = await cast.Moderator.Http.SubmitAsync(Page, Page + "?handler=Hide", new Dictionary<string, string> { ["report"] = report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var html = await response.Content.ReadAsStringAsync();
        await Http.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Contains("No report is waiting.", html, StringComparison.Ordinal);
        var hidden = Assert.Single(await cast.PostsAsync(cast.Moderator.Http), p => p.Id == post.Id);
        Assert.Equal((true, "Insulting"), (hidden.Hidden, hidden.HiddenReason));
        Assert.DoesNotContain(await cast.PostsAsync(cast.Participant.Http), p => p.Id == post.Id);
        var audit = await cast.AuditAsync();
        Assert.Equal(["report.hidden", "post.hidden"], audit.Take(2).Select(a => a.Action));
        Assert.Equal(("mod", "Insulting"), (audit[0].Actor, audit[0].Detail));
        Assert.Equal("hidden", Assert.Single(await QueueAsync(cast)).Status);
    }

    [Fact]
    public async Task Dismiss_from_the_queue_keeps_the_post_and_is_audited()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "A strong opinion");
        var report = await ReportAsync(cast, post.Id, "I disagree");

        var response = await cast.Moderator.Http.SubmitAsync(Page, Page + "?handler=Dismiss", new Dictionary<string, string> { ["report"] = report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        await Http.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Contains(await cast.PostsAsync(cast.Participant.Http), p => p.Id == post.Id);
        Assert.Equal("report.dismissed", (await cast.AuditAsync())[0].Action);
        var handled = Assert.Single(await QueueAsync(cast));
        Assert.Equal(("dismissed", "mod"), (handled.Status, handled.HandledBy));
    }

    [Fact]
    public async Task Ban_from_the_queue_bans_the_author_with_the_reason()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Participant, "Spam spam spam");
        var report = await Http.ReadAsync<ReportView>(
            await cast.Guest.Http.PostAsJsonAsync($"api/posts/{post.Id}/reports", new { reason = "Spammer" }), HttpStatusCode.Created);

        var response = await cast.Moderator.Http.SubmitAsync(Page, Page + "?handler=Ban", new Dictionary<string, string> { ["report"] = report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        await Http.ExpectAsync(response, HttpStatusCode.OK);
        var entry = (await cast.AuditAsync())[0];
        Assert.Equal(("user.banned", "@pat", "Spammer"), (entry.Action, entry.Target, entry.Detail));
        var refused = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "Let me back" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<ReportView> ReportAsync(Cast cast, long postId, string reason) =>
        await Http.ReadAsync<ReportView>(await cast.Participant.Http.PostAsJsonAsync($"api/posts/{postId}/reports", new { reason }), HttpStatusCode.Created);

    private static async Task<List<ReportItemView>> QueueAsync(Cast cast) =>
        await Http.ReadAsync<List<ReportItemView>>(await cast.Moderator.Http.GetAsync($"api/communities/{Cast.Community}/reports"), HttpStatusCode.OK);
}
