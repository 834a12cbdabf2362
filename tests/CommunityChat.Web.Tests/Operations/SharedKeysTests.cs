namespace CommunityChat.Web.Tests.Operations;

/// <summary>
/// Two instances behind one proxy: a person signed in through one is signed in on the other when both read the key
/// ring from the same folder (`CommunityChat:DataProtection:KeysFolder`), and not otherwise.
/// </summary>
public sealed class SharedKeysTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "communitychat-keys-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_cookie_from_one_instance_signs_in_on_the_other_when_they_share_the_keys_folder()
    {
        Assert.Equal(HttpStatusCode.OK, await TokensOnSecondInstanceAsync("shared", "shared"));
    }

    [Fact]
    public async Task Without_a_shared_keys_folder_the_other_instance_cannot_read_the_cookie()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await TokensOnSecondInstanceAsync("first", "second"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Signs in with the form on the first instance, then asks the second for the account's tokens with that cookie.</summary>
    private async Task<HttpStatusCode> TokensOnSecondInstanceAsync(string firstKeys, string secondKeys)
    {
        var database = $"Data Source={Path.Combine(_folder, "shared.db")}";
        Directory.CreateDirectory(_folder);
        await using var first = TestApp.Start(Settings(database, firstKeys));
        await using var second = TestApp.Start(Settings(database, secondKeys));
        await first.SignUpAsync("host");

        // Both listen on 127.0.0.1 and cookies ignore ports: one cookie jar is one browser in front of one proxy.
        var cookies = new CookieContainer();
        using var toFirst = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = first.BaseAddress };
        using var toSecond = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = second.BaseAddress };
        var signedIn = await toFirst.SubmitAsync("account/signin", "account/signin", new Dictionary<string, string> { ["Handle"] = "host", ["Password"] = TestApp.Password });
        Assert.True(signedIn.IsSuccessStatusCode, $"Sign-in answered {signedIn.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await toFirst.GetAsync("api/tokens")).StatusCode);

        return (await toSecond.GetAsync("api/tokens")).StatusCode;
    }

    private Dictionary<string, string?> Settings(string database, string keys) => new()
    {
        ["ConnectionStrings:CommunityChat"] = database,
        ["CommunityChat:DataProtection:KeysFolder"] = Path.Combine(_folder, keys),
    };
}
