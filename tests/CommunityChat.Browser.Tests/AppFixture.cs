using Microsoft.Playwright;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// One app (real Kestrel, fresh SQLite file) and one headless Chromium per test class. Each person gets their own
/// browser context, so cookies and storage never mix; the first account made here is the admin.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Api Api { get; private set; } = null!;

    public Person Admin { get; private set; } = null!;

    public Uri BaseAddress => _app.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        _app.Start();
        Api = new Api(_app.BaseAddress);
        Admin = await Api.CreatePersonAsync("admin", "Ada Admin");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh, signed-out browser profile for one person.</summary>
    public Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null) =>
        Browser.NewContextAsync(new() { BaseURL = _app.BaseAddress.ToString(), Locale = "en-US", ViewportSize = viewport });

    /// <summary>Signs <paramref name="person"/> in through the real sign-in page, then lands on <paramref name="path"/>.</summary>
    public async Task<IPage> SignInAsync(Person person, string path, ViewportSize? viewport = null)
    {
        var context = await NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/account/signin?returnUrl={Uri.EscapeDataString(path)}");
        await page.GetByLabel("Handle").FillAsync(person.Handle);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_app.BaseAddress, path).ToString());
        return page;
    }

    /// <summary>An anonymous reader on <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAnonymouslyAsync(string path)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        await _app.DisposeAsync();
    }
}
