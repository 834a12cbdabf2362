namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// `dotnet run` on a fresh machine seeds the demo (README): the seeding writes post after post through one context,
/// which every SaveChanges hook (search text, tags, attendance) must survive. It once stopped the app at start
/// (attendance rows deleted in the database stayed tracked, and their replacements clashed with them).
/// </summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task The_app_starts_with_the_demo_data_and_its_pages_and_figures_answer()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:SeedDemoData"] = "true" });
        using var reader = app.Anonymous();

        var community = await reader.GetAsync("c/demo");
        var people = await reader.GetFromJsonAsync<JsonElement>("api/communities/demo/people");
        var posts = await reader.GetFromJsonAsync<JsonElement>("api/search?q=community");

        Assert.Equal(HttpStatusCode.OK, community.StatusCode);
        Assert.True(people.GetProperty("people").GetArrayLength() > 0);
        Assert.True(posts.GetProperty("total").GetInt32() > 0);
    }
}
