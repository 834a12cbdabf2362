using System.Diagnostics;
using System.Globalization;

namespace CommunityChat.LoadTests.Search;

/// <summary>
/// Times searches over HTTP against a running app (SPEC rule 13's benchmark): one- and two-word queries in each
/// language, drawn uniformly from the content words (so frequent and rare words both come up), one at a time, after a
/// warm-up. Prints p50/p95/p99/max per kind and the worst case: the most frequent content word.
/// </summary>
internal static class SearchBenchmark
{
    public static async Task<int> RunAsync(string url, int perKind)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var random = new Random(7);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var kinds = new (string Name, Func<string> Query)[]
        {
            ("en 1 word", () => Pick(Vocabulary.EnglishContent)),
            ("en 2 words", () => $"{Pick(Vocabulary.EnglishContent)} {Pick(Vocabulary.EnglishContent)}"),
            ("fr 1 word", () => Pick(Vocabulary.FrenchContent)),
            ("fr 2 words", () => $"{Pick(Vocabulary.FrenchContent)} {Pick(Vocabulary.FrenchContent)}"),
            ("zh 1 word", () => Pick(Vocabulary.ChineseContent)),
            ("zh 2 words", () => Pick(Vocabulary.ChineseContent) + Pick(Vocabulary.ChineseContent)),
        };

        for (var i = 0; i < 30; i++)
        {
            await TimeAsync(http, kinds[i % kinds.Length].Query());
        }

        var all = new List<double>();
        foreach (var (name, query) in kinds)
        {
            var times = new List<double>();
            for (var i = 0; i < perKind; i++)
            {
                times.Add((await TimeAsync(http, query())).Ms);
            }

            all.AddRange(times);
            Print(name, times);
        }

        Print("all", all);
        foreach (var worst in new[] { Vocabulary.EnglishContent[0], Vocabulary.FrenchContent[0], Vocabulary.ChineseContent[0] })
        {
            var timed = new List<double>();
            var total = 0;
            for (var i = 0; i < 20; i++)
            {
                var (ms, found) = await TimeAsync(http, worst);
                timed.Add(ms);
                total = found;
            }

            Print($"most frequent \"{worst}\" ({total:N0} found)", timed);
        }

        return 0;
    }

    private static async Task<(double Ms, int Total)> TimeAsync(HttpClient http, string query)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync("api/search?q=" + Uri.EscapeDataString(query));
        var body = await response.Content.ReadAsStringAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return (ms, json.RootElement.GetProperty("total").GetInt32());
    }

    private static void Print(string name, List<double> times)
    {
        var sorted = times.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search {name}: n {sorted.Length}  p50 {P(0.50):0.0} ms  p95 {P(0.95):0.0} ms  p99 {P(0.99):0.0} ms  max {sorted[^1]:0.0} ms"));
    }
}
