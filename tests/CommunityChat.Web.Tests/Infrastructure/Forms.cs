using System.Text.RegularExpressions;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>Submits a page's plain POST form as a browser would: the antiforgery token from the page, its cookie kept by the client.</summary>
public static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string page, string action, IReadOnlyDictionary<string, string> fields)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {page}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(action, content);
    }
}
