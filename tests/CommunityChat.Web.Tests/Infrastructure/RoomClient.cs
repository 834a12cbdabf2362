using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>
/// The real SignalR .NET client on /hubs/chat. Every event and every invocation result is kept as raw JSON, so a test
/// can await an event (with a timeout, never a sleep) and search everything a person received.
/// </summary>
public sealed class RoomClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly string[] OneArgumentEvents = ["PostAdded", "PostChanged", "ChatChanged", "PollChanged", "PostHeld", "SuggestionChanged", "ReportsChanged"];
    private static readonly string[] TwoArgumentEvents = ["PostRemoved", "OnlineChanged"];

    private readonly Lock _lock = new();
    private readonly List<HubEvent> _events = [];
    private readonly List<string> _results = [];
    private readonly List<(Func<HubEvent, bool> Match, TaskCompletionSource<HubEvent> Done)> _waiters = [];

    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RoomClient(HubConnection connection)
    {
        Connection = connection;
        connection.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    /// <summary>Completes when the server closes the connection (or it is lost); watched from the start, so no close is missed.</summary>
    public Task Closed => _closed.Task;

    /// <summary>Every event received so far, in order.</summary>
    public IReadOnlyList<HubEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>The raw JSON of every event and invocation result received so far.</summary>
    public string EverythingReceived
    {
        get
        {
            lock (_lock)
            {
                return string.Join("\n", _events.Select(e => e.Raw).Concat(_results));
            }
        }
    }

    /// <param name="language">Sent as Accept-Language, as a browser would; refusals come back in that language.</param>
    /// <param name="cookies">A browser's cookies (its auth cookie), for a connection opened as the room's page opens it.</param>
    public static async Task<RoomClient> ConnectAsync(Uri baseAddress, string? token, string? language = null, System.Net.CookieContainer? cookies = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "hubs/chat"), options =>
            {
                if (token is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }

                if (language is not null)
                {
                    options.Headers["Accept-Language"] = language;
                }

                if (cookies is not null)
                {
                    options.Cookies = cookies;
                }
            })
            .Build();
        var client = new RoomClient(connection);
        foreach (var name in OneArgumentEvents)
        {
            connection.On<JsonElement>(name, argument => client.Record(new HubEvent(name, [argument])));
        }

        foreach (var name in TwoArgumentEvents)
        {
            connection.On<JsonElement, JsonElement>(name, (first, second) => client.Record(new HubEvent(name, [first, second])));
        }

        await connection.StartAsync();
        return client;
    }

    public async Task<JoinView> JoinAsync(int chatId, long afterSequence = 0) =>
        (await InvokeAsync("Join", chatId, afterSequence)).Deserialize<JoinView>(Http.Json)!;

    public async Task<PostView> SendAsync(int chatId, string text, int? questionNumber = null, long? replyToId = null) =>
        (await InvokeAsync("Send", chatId, text, questionNumber, replyToId)).Deserialize<PostView>(Http.Json)!;

    /// <summary>Invokes a hub method with all its arguments (nulls included) and keeps the raw result.</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        var result = await Connection.InvokeCoreAsync<JsonElement>(method, arguments);
        lock (_lock)
        {
            _results.Add(result.ValueKind == JsonValueKind.Undefined ? "" : result.GetRawText());
        }

        return result;
    }

    /// <summary>The sentence a refused call shows the user (the HubException's message without the client's prefix).</summary>
    public async Task<string> RefusalAsync(string method, params object?[] arguments)
    {
        var exception = await Assert.ThrowsAsync<HubException>(() => InvokeAsync(method, arguments));
        return UserMessage(exception);
    }

    public static string UserMessage(HubException exception)
    {
        const string Marker = "HubException: ";
        var at = exception.Message.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? exception.Message : exception.Message[(at + Marker.Length)..];
    }

    /// <summary>The first event (received before or after this call) that matches, or a TimeoutException that lists what did come.</summary>
    public async Task<HubEvent> WaitForAsync(string name, Func<HubEvent, bool>? match = null)
    {
        bool Matches(HubEvent e) => e.Name == name && (match is null || match(e));
        TaskCompletionSource<HubEvent> done;
        lock (_lock)
        {
            if (_events.FirstOrDefault(Matches) is { } already)
            {
                return already;
            }

            done = new TaskCompletionSource<HubEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Matches, done));
        }

        try
        {
            return await done.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching {name} within {Timeout.TotalSeconds} s. Received: {string.Join(", ", Events.Select(e => e.Raw))}");
        }
    }

    /// <summary>
    /// The first <paramref name="count"/> events named <paramref name="name"/> (received before or after this call), once
    /// that many have arrived, or a TimeoutException that says how many did.
    /// </summary>
    public async Task<IReadOnlyList<HubEvent>> WaitForCountAsync(string name, int count)
    {
        var seen = 0;
        bool Counts(HubEvent e) => e.Name == name && ++seen >= count;
        TaskCompletionSource<HubEvent> done;
        lock (_lock)
        {
            if (_events.Any(Counts))
            {
                return [.. _events.Where(e => e.Name == name).Take(count)];
            }

            done = new TaskCompletionSource<HubEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Counts, done));
        }

        try
        {
            await done.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Events.Count(e => e.Name == name)} of {count} {name} events within {Timeout.TotalSeconds} s.");
        }

        return [.. Events.Where(e => e.Name == name).Take(count)];
    }

    public Task<PostView> WaitForPostAsync(string name, Func<PostView, bool> match) =>
        WaitForAsync(name, e => match(e.Post)).ContinueWith(t => t.Result.Post, TaskScheduler.Default);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void Record(HubEvent hubEvent)
    {
        List<TaskCompletionSource<HubEvent>> ready = [];
        lock (_lock)
        {
            _events.Add(hubEvent);
            foreach (var waiter in _waiters.Where(w => w.Match(hubEvent)).ToList())
            {
                _waiters.Remove(waiter);
                ready.Add(waiter.Done);
            }
        }

        foreach (var done in ready)
        {
            done.TrySetResult(hubEvent);
        }
    }
}
