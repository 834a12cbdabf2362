using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityChat.LoadTests;

/// <summary>
/// Fan-out (issue 8): N listeners in one room, one participant posting R comments a second (answers run out of letters at A1z) for S seconds. Each post's
/// text carries the moment it was sent, so every listener knows how long it took to reach it. Prints deliveries per
/// second, delivery latency percentiles, how many deliveries were lost, and — given the server's process id — the
/// server's memory per listening connection (resident set, before and after the listeners joined).
/// </summary>
internal static class FanOut
{
    /// <param name="joining">How many listeners connect and join at once: 1 measures one client's round trips one
    /// after another; more is a crowd arriving together.</param>
    public static async Task<int> RunAsync(string url, bool bare, int listeners, int rate, int seconds, int? serverPid, int joining = 1)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        int chatId;
        string? token = null;
        if (bare)
        {
            chatId = 1;
        }
        else
        {
            var setup = await RoomSetup.CreateAsync(http, new LoadOptions(url, 1, 0, 0, 0, 0));
            (chatId, token) = (setup.ChatId, setup.ParticipantTokens[0]);
        }

        var before = ResidentKiB(serverPid);
        var latencies = new ConcurrentBag<double>();
        var received = 0;
        var expected = long.MaxValue;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connections = new ConcurrentBag<HubConnection>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fanout: connecting {listeners} listeners…")); // eng/profile-load.sh starts here
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, listeners), new ParallelOptions { MaxDegreeOfParallelism = joining }, async (_, cancel) =>
        {
            var connection = new HubConnectionBuilder().WithUrl(url + "hubs/chat").Build();
            connection.On<PostText>("PostAdded", post =>
            {
                var now = Stopwatch.GetTimestamp();
                if (post.Text.StartsWith("t=", StringComparison.Ordinal) && long.TryParse(post.Text.AsSpan(2, post.Text.IndexOf(' ', StringComparison.Ordinal) - 2), CultureInfo.InvariantCulture, out var sent))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
                    if (Interlocked.Increment(ref received) >= Volatile.Read(ref expected))
                    {
                        all.TrySetResult();
                    }
                }
            });
            await connection.StartAsync(cancel);
            await connection.InvokeAsync<object>("Join", chatId, 0L, cancel);
            connections.Add(connection);
        });

        var joined = clock.Elapsed;
        GC.Collect();
        await Task.Delay(TimeSpan.FromSeconds(2)); // lets the server settle before its memory is read
        var after = ResidentKiB(serverPid);

        await using var sender = new HubConnectionBuilder()
            .WithUrl(url + "hubs/chat", options => options.AccessTokenProvider = () => Task.FromResult(token))
            .Build();
        await sender.StartAsync();
        await sender.InvokeAsync<object>("Join", chatId, 0L);
        var posts = rate * seconds;
        clock.Restart();
        for (var i = 0; i < posts; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            await sender.InvokeAsync<object>("Send", chatId, $"t={Stopwatch.GetTimestamp()} comment {i}", null, null);
        }

        Volatile.Write(ref expected, (long)posts * listeners);
        if (Volatile.Read(ref received) >= expected)
        {
            all.TrySetResult();
        }

        try
        {
            await all.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // Reported as lost deliveries below.
        }

        var elapsed = clock.Elapsed;
        var sorted = latencies.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var target = bare ? "bare hub" : "CommunityChat";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout {target}: {listeners} listeners joined ({joining} at a time) in {joined.TotalSeconds:0.0} s; {posts} posts at {rate}/s: deliveries/s {received / elapsed.TotalSeconds:0}, delivery p50 {P(0.50):0.0} p95 {P(0.95):0.0} p99 {P(0.99):0.0} max {(sorted.Length == 0 ? double.NaN : sorted[^1]):0.0} ms, lost {expected - received}"));
        if (before is long b && after is long a)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fanout {target}: server memory {b / 1024.0:0} MiB before, {a / 1024.0:0} MiB with {listeners} listeners = {(a - b) / (double)listeners:0.0} KiB per connection"));
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return received == expected ? 0 : 1;
    }

    private static long? ResidentKiB(int? pid)
    {
        if (pid is not int id || !File.Exists($"/proc/{id}/status"))
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private sealed record PostText(string Text);
}
