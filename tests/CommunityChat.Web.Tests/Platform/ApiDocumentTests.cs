using System.Text.RegularExpressions;

namespace CommunityChat.Web.Tests.Platform;

/// <summary>The OpenAPI document at `/openapi/v1.json` describes every route of the API that SPEC promises.</summary>
public sealed partial class ApiDocumentTests
{
    /// <summary>
    /// The route table of SPEC section 4 ("HTTP API"), copied here because the SPEC file lives outside the repository.
    /// One line per method and path; `/transcript.{md,json,csv,txt}` is one route, `transcript.{format}`.
    /// Keep it in step with SPEC section 4 when a route is added there.
    /// </summary>
    private static readonly string[] SpecRoutes =
    [
        "POST /api/accounts",
        "POST /api/tokens",
        "POST /api/communities",
        "GET /api/communities",
        "GET /api/communities/{slug}",
        "PUT /api/communities/{slug}/moderators/{handle}",
        "POST /api/communities/{slug}/chats",
        "GET /api/communities/{slug}/chats",
        "GET /api/chats/{id}",
        "POST /api/chats/{id}/start",
        "POST /api/chats/{id}/end",
        "POST /api/chats/{id}/questions/{n}/ask",
        "POST /api/chats/{id}/posts",
        "GET /api/chats/{id}/posts",
        "POST /api/posts/{id}/hide",
        "POST /api/posts/{id}/unhide",
        "POST /api/posts/{id}/highlight",
        "POST /api/posts/{id}/unhighlight",
        "POST /api/posts/{id}/likes",
        "DELETE /api/posts/{id}/likes",
        "PUT /api/communities/{slug}/bans/{handle}",
        "DELETE /api/communities/{slug}/bans/{handle}",
        "PUT /api/chats/{id}/settings",
        "POST /api/chats/{id}/polls",
        "POST /api/polls/{id}/votes",
        "GET /api/chats/{id}/polls",
        "POST /api/posts/{id}/reports",
        "GET /api/communities/{slug}/reports",
        "GET /api/communities/{slug}/audit",
        "POST /api/chats/{id}/recap/draft",
        "PUT /api/chats/{id}/recap",
        "GET /api/chats/{id}/transcript",
        "GET /api/chats/{id}/transcript.{format}",
        "GET /api/search",
        "POST /api/communities/{slug}/imports",
        "PUT /api/communities/{slug}/settings",
        "POST /api/communities/{slug}/agreement",
        "GET /api/chats/{id}/held",
        "POST /api/posts/{id}/approve",
        "POST /api/posts/{id}/reject",
        "POST /api/posts/{id}/move",
        "POST /api/chats/{id}/suggestions",
        "GET /api/chats/{id}/suggestions",
        "POST /api/suggestions/{id}/votes",
        "POST /api/suggestions/{id}/ask",
        "POST /api/suggestions/{id}/dismiss",
        "GET /api/chats/{id}/recap.md",
        "GET /api/chats/{id}/recap.html",
        "POST /api/chats/{id}/next",
        "PUT /api/chats/{id}",
        "DELETE /api/chats/{id}",
        "PUT /api/posts/{id}",
        "DELETE /api/posts/{id}",
        "GET /api/chats/{id}/calendar.ics",
        "GET /api/communities/{slug}/people",
    ];

    /// <summary>
    /// Routes SPEC section 4 names that are not built yet. The test fails once one of them appears in the document:
    /// move it up into <see cref="SpecRoutes"/> then.
    /// </summary>
    private static readonly string[] NotBuiltYet = [];

    [Fact]
    public async Task The_document_has_every_route_of_spec_section_4_with_its_method()
    {
        await using var app = TestApp.Start(environment: "Production");

        var documented = await DocumentedRoutesAsync(app);

        // Compared with an empty list, so a failure names the routes.
        Assert.Equal([], SpecRoutes.Where(route => !documented.Contains(Normalise(route))));
        Assert.Equal([], NotBuiltYet.Where(route => documented.Contains(Normalise(route))));
        Assert.All(documented, route => Assert.StartsWith("/api/", route.Split(' ')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_operation_says_refusals_are_problem_details()
    {
        await using var app = TestApp.Start(environment: "Production");

        using var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync("openapi/v1.json"));

        var operations = Operations(document.RootElement).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, operation =>
        {
            var problem = operation.Value.GetProperty("responses").GetProperty("default").GetProperty("content").GetProperty("application/problem+json");
            Assert.Equal("#/components/schemas/ProblemDetails", problem.GetProperty("schema").GetProperty("$ref").GetString());
        });
        Assert.True(document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties").TryGetProperty("detail", out _));
    }

    [Fact]
    public async Task The_document_is_built_once_and_then_served_from_the_cache()
    {
        await using var app = TestApp.Start(environment: "Production");
        var http = app.Anonymous();

        var first = await http.GetAsync("openapi/v1.json");
        var second = await http.GetAsync("openapi/v1.json");

        await Http.ExpectAsync(first, HttpStatusCode.OK);
        await Http.ExpectAsync(second, HttpStatusCode.OK);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    private static async Task<HashSet<string>> DocumentedRoutesAsync(TestApp app)
    {
        var response = await app.Anonymous().GetAsync("openapi/v1.json");
        await Http.ExpectAsync(response, HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return Operations(document.RootElement).Select(operation => Normalise(operation.Key)).ToHashSet();
    }

    private static IEnumerable<KeyValuePair<string, JsonElement>> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(operation => operation.Name is "get" or "post" or "put" or "delete" or "patch")
            .Select(operation => KeyValuePair.Create($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)));

    /// <summary>Parameter names differ between SPEC and the code (`{n}`, `{id}`); only where they stand matters.</summary>
    private static string Normalise(string route) => Parameter().Replace(route, "{}");

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
