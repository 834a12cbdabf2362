using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityChat.LoadTests;

/// <summary>
/// A flood from one address (issue 9, item 4 and "Limits on the hub"): N anonymous connections, all from one address,
/// call Join in a loop, as the report's attacker did, while one participant from another address posts and times each
/// acknowledgement. The flood's address is given in X-Forwarded-For, which the app believes from this machine (a proxy
/// on the same host, Infrastructure/ForwardedHeaders), so one machine plays both addresses. The hub's limits must be
/// at their defaults (eng/load.sh leaves them so with --flood). Prints the participant's latency without and with the
/// flood, and how much of the flood was refused.
/// </summary>
internal static class Flood
{
    private const string FloodAddress = "203.0.113.9";

    public static async Task<int> RunAsync(HttpClient http, LoadOptions options, int connections)
    {
        Console.WriteLine($"flood: {connections} anonymous connections from {FloodAddress} calling Join in a loop; one participant from another address sends {options.Posts} posts before and during it");
        var setup = await RoomSetup.CreateAsync(http, options with { Participants = 1 });
        await using var participant = new HubConnectionBuilder()
            .WithUrl(options.Url + "hubs/chat", o => o.AccessTokenProvider = () => Task.FromResult<string?>(setup.ParticipantTokens[0]))
            .Build();
        await participant.StartAsync();
        await participant.InvokeAsync<JsonElement>("Join", setup.ChatId, 0L);

        var calm = await SendAsync(participant, setup.ChatId, options.Posts, "calm");
        using var stop = new CancellationTokenSource();
        var counts = new FloodCounts();
        var flooding = Enumerable.Range(0, connections).Select(_ => FloodOneAsync(options.Url, setup.ChatId, counts, stop.Token)).ToList();
        // Measured once every flood connection has been answered or turned away, so the flood is at full strength.
        while (counts.Started < connections && !stop.IsCancellationRequested)
        {
            await Task.Delay(50);
        }

        var flooded = await SendAsync(participant, setup.ChatId, options.Posts, "flooded");
        await stop.CancelAsync();
        await Task.WhenAll(flooding);

        Console.WriteLine(Line($"participant ack ms without flood: p50 {Percentile(calm, 0.50):0.0}  p99 {Percentile(calm, 0.99):0.0}  max {calm[^1]:0.0}"));
        Console.WriteLine(Line($"participant ack ms with flood:    p50 {Percentile(flooded, 0.50):0.0}  p99 {Percentile(flooded, 0.99):0.0}  max {flooded[^1]:0.0}"));
        Console.WriteLine(Line($"flood connections refused: {counts.ConnectionsRefused} of {connections}"));
        var calls = counts.Answered + counts.Refused;
        Console.WriteLine(Line($"flood Join calls: {calls} ({calls / counts.Clock.Elapsed.TotalSeconds:0}/s), answered {counts.Answered}, refused {counts.Refused} ({100.0 * counts.Refused / Math.Max(1, calls):0.0} %)"));
        return 0;
    }

    private static async Task<double[]> SendAsync(HubConnection participant, int chatId, int count, string phase)
    {
        var latencies = new double[count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            // Ten a second: under the hub's own limit per connection (20 a second), so only the flood can slow it.
            var due = TimeSpan.FromMilliseconds(100 * i);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var started = Stopwatch.GetTimestamp();
            await participant.InvokeAsync<JsonElement>("Send", chatId, $"Comment {i} {phase}", null, null); // comments: answers run out of letters at 26
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(latencies);
        return latencies;
    }

    /// <summary>One flood connection: Join, again and again, whatever the answer, until stopped or closed by the server.</summary>
    private static async Task FloodOneAsync(string url, int chatId, FloodCounts counts, CancellationToken stop)
    {
        await using var connection = new HubConnectionBuilder()
            .WithUrl(url + "hubs/chat", o => o.Headers["X-Forwarded-For"] = FloodAddress)
            .Build();
        var first = true;
        try
        {
            await connection.StartAsync(stop);
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await connection.InvokeAsync<JsonElement>("Join", chatId, 0L, stop);
                    Interlocked.Increment(ref counts.Answered);
                }
                catch (HubException)
                {
                    Interlocked.Increment(ref counts.Refused);
                }

                if (first)
                {
                    first = false;
                    Interlocked.Increment(ref counts.Started);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            // Closed by the server as it opened (past the per-address limit), or refused outright.
            Interlocked.Increment(ref counts.ConnectionsRefused);
            if (first)
            {
                Interlocked.Increment(ref counts.Started);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the measurement is over.
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private sealed class FloodCounts
    {
        public readonly Stopwatch Clock = Stopwatch.StartNew();
        public int Started;
        public int Answered;
        public int Refused;
        public int ConnectionsRefused;
    }
}
