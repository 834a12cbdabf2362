using System.Diagnostics;
using System.Globalization;

namespace CommunityChat.LoadTests.People;

/// <summary>
/// Times the people figures over HTTP against a running app (SPEC rule 32's benchmark): the API's first page sorted by
/// count, a later page sorted by first chat, and the page itself, one request at a time after a warm-up.
/// </summary>
internal static class PeopleBenchmark
{
    public static async Task<int> RunAsync(string url, int requests)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        string[] paths = ["api/communities/bench/people", "api/communities/bench/people?page=50&sort=first", "c/bench/people"];
        foreach (var path in paths)
        {
            for (var i = 0; i < 5; i++)
            {
                await TimeAsync(http, path);
            }

            var times = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                times.Add(await TimeAsync(http, path));
            }

            var sorted = times.Order().ToArray();
            double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GET /{path}: n {sorted.Length}  p50 {P(0.50):0.0} ms  p95 {P(0.95):0.0} ms  max {sorted[^1]:0.0} ms"));
        }

        return 0;
    }

    private static async Task<double> TimeAsync(HttpClient http, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsStringAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        return ms;
    }
}
