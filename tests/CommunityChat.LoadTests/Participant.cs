using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityChat.LoadTests;

/// <summary>One signed-in participant on its own connection, sending answers one after another.</summary>
internal sealed class Participant(HubConnection connection, int chatId) : IAsyncDisposable
{
    /// <param name="listen">Join the room (and so receive every post), as people in the browser do; without it the
    /// participant only sends, which measures the write path apart from the fan-out to the posters.</param>
    public static async Task<Participant> ConnectAsync(string url, int chatId, string? token, bool listen = true)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(url + "hubs/chat", options => options.AccessTokenProvider = () => Task.FromResult(token))
            .Build();
        await connection.StartAsync();
        if (listen)
        {
            await connection.InvokeAsync<object>("Join", chatId, 0L);
        }

        return new Participant(connection, chatId);
    }

    /// <summary>Sends the answers and returns each one's acknowledgement time in milliseconds.</summary>
    public async Task<List<double>> SendAllAsync(int count)
    {
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await connection.InvokeAsync<object>("Send", chatId, $"Answer {i} from load", 1, null);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return latencies;
    }

    /// <summary>Waits <paramref name="delay"/>, then sends one answer; returns its acknowledgement time in milliseconds.</summary>
    public async Task<List<double>> SendOnceAfterAsync(TimeSpan delay)
    {
        await Task.Delay(delay);
        return await SendAllAsync(1);
    }

    /// <summary>Waits <paramref name="delay"/>, then likes the post; returns the acknowledgement time in milliseconds.</summary>
    public async Task<double> LikeAfterAsync(long postId, TimeSpan delay)
    {
        await Task.Delay(delay);
        var started = Stopwatch.GetTimestamp();
        await connection.InvokeAsync("Like", postId);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public async Task<long> PostIdAsync(string text) => (await connection.InvokeAsync<SentPost>("Send", chatId, text, 1, null)).Id;

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private sealed record SentPost(long Id);
}
