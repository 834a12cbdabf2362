using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using CommunityChat.LoadTests;

// Measures a live room under load with the real SignalR client against a running server:
// N participants (one connection each) send M answers each as fast as they are acknowledged, while R readers watch.
// Prints throughput, acknowledgement latency and fan-out delay, and checks the room's sequences are gapless.
// Usage: dotnet run --project tests/CommunityChat.LoadTests -c Release -- --url http://127.0.0.1:5080 [--participants 20] [--posts 25] [--readers 50]
//   --burst S: each participant answers once at a random moment within S seconds (the burst after a question);
//   --likes S: every participant likes one answer within S seconds (the likes storm: LikesStorm);
//   --posters-only-send: participants don't join the room (only the readers receive): the write path without the fan-out;
//   --bare: the same load against the tool's bare hub (`bare-hub`), the stack's limit: eng/load.sh compare runs both.
// Search: `search-db --provider sqlite|postgres --connection "…" --posts 1000000` builds a database of generated chats;
// `search --url … --queries 200` times searches against an app serving it (eng/search-bench.sh does both).
if (args.Length > 0 && args[0] == "search-db")
{
    await CommunityChat.LoadTests.Search.SearchDatabase.BuildAsync(Arg("--provider", "sqlite"), Arg("--connection", "Data Source=search.db"), int.Parse(Arg("--posts", "1000000"), CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length > 0 && args[0] == "search")
{
    return await CommunityChat.LoadTests.Search.SearchBenchmark.RunAsync(Arg("--url", "http://127.0.0.1:5080/"), int.Parse(Arg("--queries", "200"), CultureInfo.InvariantCulture));
}

// People (rule 32): `people-db --connection "…" --chats 200 --people 20000` builds a community's history; `people --url …
// --requests 50` times its people figures against an app serving it (eng/people-bench.sh does both).
if (args.Length > 0 && args[0] == "people-db")
{
    await CommunityChat.LoadTests.People.PeopleDatabase.BuildAsync(Arg("--connection", "Data Source=people.db"), int.Parse(Arg("--chats", "200"), CultureInfo.InvariantCulture), int.Parse(Arg("--people", "20000"), CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length > 0 && args[0] == "people")
{
    return await CommunityChat.LoadTests.People.PeopleBenchmark.RunAsync(Arg("--url", "http://127.0.0.1:5080/"), int.Parse(Arg("--requests", "50"), CultureInfo.InvariantCulture));
}

// Issue 8: `bare-hub --urls …` serves the stack's limit (BareHub); `fanout --url … [--bare] --listeners N --rate R
// --seconds S [--server-pid P] [--joining J]` measures fan-out (J listeners joining at once) against either (eng/load.sh fanout runs both and prints the ratios).
if (args.Length > 0 && args[0] == "bare-hub")
{
    await BareHub.RunAsync(args[1..]);
    return 0;
}

if (args.Length > 0 && args[0] == "fanout")
{
    int Number(string name, int fallback) => int.Parse(Arg(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
    var pid = Arg("--server-pid", "");
    var target = Arg("--url", "http://127.0.0.1:5080/");
    return await FanOut.RunAsync(target.EndsWith('/') ? target : target + "/", args.Contains("--bare"), Number("--listeners", 1000), Number("--rate", 20), Number("--seconds", 10),
        pid.Length == 0 ? null : int.Parse(pid, CultureInfo.InvariantCulture), Number("--joining", 1));
}

var options = LoadOptions.Parse(args);
using var http = new HttpClient { BaseAddress = new Uri(options.Url) };
var bare = args.Contains("--bare");

// Issue 9: `--flood N [--posts M]` (Flood): N anonymous connections from one address call Join in a loop while one
// participant from another posts M answers; prints its ack latency without and with the flood, and what was refused.
if (args.Contains("--flood"))
{
    return await Flood.RunAsync(http, options, int.Parse(Arg("--flood", "200"), CultureInfo.InvariantCulture));
}

Console.WriteLine($"{(bare ? "bare hub" : "CommunityChat")} load: {options.Participants} participants x {options.Posts} posts, {options.Readers} readers, {options.Url}");
var setup = bare ? RoomSetup.Bare(options) : await RoomSetup.CreateAsync(http, options);
Console.WriteLine($"chat {setup.ChatId} live, Q1 asked; connecting…");

await using var readers = new ReaderPool(options.Url, setup.ChatId, options.Readers);
await readers.StartAsync();
var participants = await Task.WhenAll(setup.ParticipantTokens.Select(token => Participant.ConnectAsync(options.Url, setup.ChatId, token, !args.Contains("--posters-only-send"))));

if (options.Likes > 0)
{
    return await LikesStorm.RunAsync(participants, readers, options);
}

// Writes: each participant sends its answers one after another as fast as they are acknowledged; or, with --burst S,
// each answers once at a random moment within S seconds (the burst after a question).
var clock = Stopwatch.StartNew();
var latencies = await Task.WhenAll(participants.Select(p => options.Burst > 0
    ? p.SendOnceAfterAsync(TimeSpan.FromSeconds(Random.Shared.NextDouble() * options.Burst))
    : p.SendAllAsync(options.Posts)));
var elapsed = clock.Elapsed;
var total = options.Burst > 0 ? options.Participants : options.Participants * options.Posts;
var before = bare ? 0 : 1; // the app's room holds Q1's post before the answers
await readers.WaitForAsync(total + before, TimeSpan.FromSeconds(60));

var acks = latencies.SelectMany(l => l).Order().ToArray();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"posts committed and acknowledged: {total} in {elapsed.TotalSeconds:0.00} s = {total / elapsed.TotalSeconds:0} posts/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack latency ms: p50 {Percentile(acks, 0.50):0.0}  p95 {Percentile(acks, 0.95):0.0}  p99 {Percentile(acks, 0.99):0.0}  max {acks[^1]:0.0}"));
var fanOut = readers.DelaysMs().Order().ToArray();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fan-out spread across {options.Readers} readers, ms after the first reader: p50 {Percentile(fanOut, 0.50):0.0}  p95 {Percentile(fanOut, 0.95):0.0}  ({fanOut.Length} deliveries)"));

if (bare)
{
    foreach (var p in participants)
    {
        await p.DisposeAsync();
    }

    return readers.AllReceived(total) ? 0 : 1;
}

var sequences = new List<long>();
for (List<PostSequence> page; (page = (await http.GetFromJsonAsync<List<PostSequence>>($"api/chats/{setup.ChatId}/posts?after={sequences.LastOrDefault()}&limit=1000"))!).Count > 0;)
{
    sequences.AddRange(page.Select(p => p.Sequence));
}

var gapless = sequences.SequenceEqual(Enumerable.Range(1, sequences.Count).Select(i => (long)i));
Console.WriteLine($"sequences: {sequences.Count} stored, gapless and unique: {gapless}");
foreach (var p in participants)
{
    await p.DisposeAsync();
}

return gapless && sequences.Count == total + 1 && readers.AllReceived(total + 1) ? 0 : 1;

string Arg(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static double Percentile(double[] sorted, double q) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

internal sealed record PostSequence(long Sequence);
